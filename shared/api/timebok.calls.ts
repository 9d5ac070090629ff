/** The timebok calls and events of the contract; contract.ts gathers them into its registries. */
export const timebokCalls = {} as const;

export const timebokEvents = {} as const;
