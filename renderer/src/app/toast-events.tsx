import { useApiEvent } from '../api/use-api-event';
import { useToast } from '../ui/toasts/toast-context';

/** Feeds the `toast` events main pushes into the same stack local code uses. */
export function ToastEvents() {
  const toast = useToast();
  useApiEvent('toast', (payload) => toast.show(payload));
  return null;
}
