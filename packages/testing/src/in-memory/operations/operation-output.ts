/** An operation's output without the SDK's response metadata, which the adapter adds. */
export type OperationOutput<Output> = Omit<Output, '$metadata'>;
