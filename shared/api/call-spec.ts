/**
 * The building blocks of the contract's registries, so each domain can declare its calls and events in its own
 * file (referral.calls.ts, timebok.calls.ts …) and contract.ts only gathers them.
 */
import { z } from 'zod';
import '../schemas/zod-norwegian';

/** `public` calls work before login; every other call needs a session in main. */
export type Access = 'public' | 'session';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

export function call<O>() {
  return <I extends z.ZodType>(input: I, access: Access = 'session'): CallSpec<I, O> => ({ input, access });
}

export const empty = z.object({}).strict();

export function event<P>(): { readonly payload?: P } {
  return {};
}
