/** The referral calls and events of the contract; contract.ts gathers them into its registries. */
export const referralCalls = {} as const;

export const referralEvents = {} as const;
