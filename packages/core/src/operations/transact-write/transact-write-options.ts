/** Options of `Table.transactWriteItems`. */
export interface TransactWriteOptions {
  /**
   * Idempotency token: DynamoDB applies a transaction at most once per token within ten
   * minutes. Generated when not given; pass the same token to retry safely.
   */
  readonly clientRequestToken?: string;
}

/** What a successful `transactWriteItems` reports. */
export interface TransactWriteResult {
  /** The idempotency token the transaction was sent with. */
  readonly clientRequestToken: string;
}
