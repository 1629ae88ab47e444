/** Extra settings of a table created by `createTableInput` / `createTable`. */
export interface TableSchemaOptions {
  /** `'PAY_PER_REQUEST'` (default) or `'PROVISIONED'` with `provisionedThroughput`. */
  readonly billingMode?: 'PAY_PER_REQUEST' | 'PROVISIONED';
  /** Read and write capacity of the table and each GSI, for `'PROVISIONED'`. */
  readonly provisionedThroughput?: {
    readonly readCapacityUnits: number;
    readonly writeCapacityUnits: number;
  };
  /** The attribute that holds each item's expiry time (epoch seconds), to turn TTL on. */
  readonly timeToLiveAttribute?: string;
}
