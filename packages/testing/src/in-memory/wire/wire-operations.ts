import type { DynamoDBOperations } from '../dynamodb-operations.js';

/**
 * The operations the in-memory DynamoDB answers, by the name an `x-amz-target` header gives
 * after `DynamoDB_20120810.` (DynamoDB's JSON protocol), and the store's method for each.
 */
const WIRE_OPERATIONS = {
  CreateTable: 'createTable',
  DeleteTable: 'deleteTable',
  DescribeTable: 'describeTable',
  ListTables: 'listTables',
  UpdateTable: 'updateTable',
  UpdateTimeToLive: 'updateTimeToLive',
  DescribeTimeToLive: 'describeTimeToLive',
  GetItem: 'getItem',
  PutItem: 'putItem',
  DeleteItem: 'deleteItem',
  UpdateItem: 'updateItem',
  Query: 'query',
  Scan: 'scan',
  BatchGetItem: 'batchGetItem',
  BatchWriteItem: 'batchWriteItem',
  TransactGetItems: 'transactGetItems',
  TransactWriteItems: 'transactWriteItems',
} as const satisfies Record<string, keyof DynamoDBOperations>;

/** One operation: the low-level input in (as the SDK types it), the output out. */
export type WireOperation = (db: DynamoDBOperations, input: object) => object;

/** The operation named `name` (`'PutItem'`), or `undefined` if the store does not answer it. */
export function wireOperation(name: string): WireOperation | undefined {
  if (!Object.hasOwn(WIRE_OPERATIONS, name)) return undefined;
  const method = WIRE_OPERATIONS[name as keyof typeof WIRE_OPERATIONS];
  return (db, input) => (db[method] as (input: object) => object).call(db, input);
}
