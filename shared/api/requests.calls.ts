/** The requests calls and events of the contract; contract.ts gathers them into its registries. */
export const requestsCalls = {} as const;

export const requestsEvents = {} as const;
