/**
 * One worker delivers every kind of message, so the owners' hooks are combined: each onAnswer looks at its own
 * subject_type and ignores the rest; each incoming kind has exactly one owner.
 */
import type { DeliveryHooks } from '../integrations/outbox/delivery-hooks.types';

export function combineHooks(...all: readonly DeliveryHooks[]): DeliveryHooks {
  const onIncoming: NonNullable<DeliveryHooks['onIncoming']> = {};
  for (const hooks of all) {
    for (const [kind, handler] of Object.entries(hooks.onIncoming ?? {})) {
      if (onIncoming[kind]) throw new Error(`Two owners for incoming messages of kind ${kind}`);
      onIncoming[kind] = handler;
    }
  }
  return {
    async onAnswer(outgoing, answer, trx, now) {
      for (const hooks of all) await hooks.onAnswer?.(outgoing, answer, trx, now);
    },
    onIncoming,
  };
}
