import type {
  BatchGetItemCommandInput,
  BatchGetItemCommandOutput,
  BatchWriteItemCommandInput,
  BatchWriteItemCommandOutput,
  CreateTableCommandInput,
  CreateTableCommandOutput,
  DeleteItemCommandInput,
  DeleteItemCommandOutput,
  DeleteTableCommandInput,
  DeleteTableCommandOutput,
  DescribeTableCommandInput,
  DescribeTableCommandOutput,
  DescribeTimeToLiveCommandInput,
  DescribeTimeToLiveCommandOutput,
  GetItemCommandInput,
  GetItemCommandOutput,
  ListTablesCommandInput,
  ListTablesCommandOutput,
  PutItemCommandInput,
  PutItemCommandOutput,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
  TransactGetItemsCommandInput,
  TransactGetItemsCommandOutput,
  TransactWriteItemsCommandInput,
  TransactWriteItemsCommandOutput,
  UpdateItemCommandInput,
  UpdateItemCommandOutput,
  UpdateTableCommandInput,
  UpdateTableCommandOutput,
  UpdateTimeToLiveCommandInput,
  UpdateTimeToLiveCommandOutput,
} from '@aws-sdk/client-dynamodb';
import type { OperationOutput } from './operations/operation-output.js';

/**
 * The DynamoDB operations a store answers, each taking and returning the low-level
 * (marshalled) input and output of the operation it is named after, without the SDK's
 * response metadata, and throwing `DynamoDBSimulationError`s. What the doors onto the
 * in-memory DynamoDB (the mocked document client, the request handler, the endpoint) call:
 * they know the store by this alone.
 */
export interface DynamoDBOperations {
  createTable(input: CreateTableCommandInput): OperationOutput<CreateTableCommandOutput>;
  deleteTable(input: DeleteTableCommandInput): OperationOutput<DeleteTableCommandOutput>;
  describeTable(input: DescribeTableCommandInput): OperationOutput<DescribeTableCommandOutput>;
  updateTable(input: UpdateTableCommandInput): OperationOutput<UpdateTableCommandOutput>;
  updateTimeToLive(
    input: UpdateTimeToLiveCommandInput,
  ): OperationOutput<UpdateTimeToLiveCommandOutput>;
  describeTimeToLive(
    input: DescribeTimeToLiveCommandInput,
  ): OperationOutput<DescribeTimeToLiveCommandOutput>;
  listTables(input: ListTablesCommandInput): OperationOutput<ListTablesCommandOutput>;
  getItem(input: GetItemCommandInput): OperationOutput<GetItemCommandOutput>;
  putItem(input: PutItemCommandInput): OperationOutput<PutItemCommandOutput>;
  deleteItem(input: DeleteItemCommandInput): OperationOutput<DeleteItemCommandOutput>;
  updateItem(input: UpdateItemCommandInput): OperationOutput<UpdateItemCommandOutput>;
  query(input: QueryCommandInput): OperationOutput<QueryCommandOutput>;
  scan(input: ScanCommandInput): OperationOutput<ScanCommandOutput>;
  batchGetItem(input: BatchGetItemCommandInput): OperationOutput<BatchGetItemCommandOutput>;
  batchWriteItem(input: BatchWriteItemCommandInput): OperationOutput<BatchWriteItemCommandOutput>;
  transactGetItems(
    input: TransactGetItemsCommandInput,
  ): OperationOutput<TransactGetItemsCommandOutput>;
  transactWriteItems(
    input: TransactWriteItemsCommandInput,
  ): OperationOutput<TransactWriteItemsCommandOutput>;
}
