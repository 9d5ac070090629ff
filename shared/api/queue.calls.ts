/** The queue calls and events of the contract; contract.ts gathers them into its registries. */
export const queueCalls = {} as const;

export const queueEvents = {} as const;
