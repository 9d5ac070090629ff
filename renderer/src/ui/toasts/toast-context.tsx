import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastStack } from './toast-stack';
import type { Toast, ToastVariant } from './toast.types';

export interface ToastApi {
  show: (toast: { variant: ToastVariant; message: string }) => void;
  /** Removes every toast, e.g. when the session ends: the next person must not read the last one's messages. */
  clear: () => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Keeps at most this many on screen; the oldest goes first. */
const MAX_TOASTS = 4;

/** Owns the toast stack. Local code calls `useToast().show(...)`; events from main are bridged in by the app. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const show = useCallback((toast: { variant: ToastVariant; message: string }) => {
    const id = nextId.current++;
    setToasts((current) => [...current, { ...toast, id }].slice(-MAX_TOASTS));
  }, []);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  const clear = useCallback(() => setToasts([]), []);
  const api = useMemo(() => ({ show, clear }), [show, clear]);

  return (
    <ToastContext value={api}>
      {children}
      <ToastStack toasts={toasts} onDismiss={dismiss} />
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
