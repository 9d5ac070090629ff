import { Alert } from '@navikt/ds-react';
import { useEffect } from 'react';
import type { Toast } from './toast.types';

/** Errors stay until closed: a person must not miss that something failed. The rest fade after a while. */
const AUTO_DISMISS_MS = 6_000;

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (toast.variant === 'error') return;
    const timer = window.setTimeout(() => onDismiss(toast.id), AUTO_DISMISS_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <li className="toast-stack__item">
      <Alert variant={toast.variant} size="small" closeButton onClose={() => onDismiss(toast.id)}>
        {toast.message}
      </Alert>
    </li>
  );
}

/**
 * Aksel has no toast, so this is a small one: a live region that always exists (screen readers only announce
 * changes to a region already in the page), polite so it does not cut off what the person is doing.
 */
export function ToastStack({ toasts, onDismiss }: { toasts: readonly Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="toast-stack" role="status" aria-live="polite" data-testid="toasts">
      {toasts.length > 0 && (
        <ul className="toast-stack__list" aria-label="Varsler">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />
          ))}
        </ul>
      )}
    </div>
  );
}
