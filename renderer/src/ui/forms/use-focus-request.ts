import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Focus an element once it is on screen, e.g. an error summary that only renders when the form's errors reach
 * state, which react-hook-form may do a render after the submit handler asked. The request waits until the
 * ref is attached. Returns the ref to attach and the function that asks for focus.
 */
export function useFocusRequest<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  const [, rerender] = useState(0);
  // No dependency list on purpose: checked after every render until the element exists.
  useEffect(() => {
    if (pending.current && ref.current) {
      pending.current = false;
      ref.current.focus();
    }
  });
  const requestFocus = useCallback(() => {
    pending.current = true;
    rerender((n) => n + 1);
  }, []);
  return [ref, requestFocus];
}
