/**
 * Where focus lands when a dialog opens. Aksel's Modal is a native <dialog>; showModal() runs after the content's
 * effects, and Chromium then focuses the dialog's autofocus descendant, or else its first focusable element (the
 * close button). So a field that should take the first keystroke carries the `autofocus` attribute; React's
 * autoFocus prop would only call focus() before the dialog is open, and never sets the attribute.
 */
export function markAutofocus(element: HTMLElement | null): void {
  element?.setAttribute('autofocus', '');
}

/** Combines a react-hook-form field ref with the autofocus mark. */
export function autofocusRef<T extends HTMLElement>(ref: (element: T | null) => void): (element: T | null) => void {
  return (element) => {
    ref(element);
    markAutofocus(element);
  };
}
