/** The inbox calls and events of the contract; contract.ts gathers them into its registries. */
export const inboxCalls = {} as const;

export const inboxEvents = {} as const;
