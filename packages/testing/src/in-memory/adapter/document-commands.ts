import type { KeysAndAttributes, TransactWriteItem, WriteRequest } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DeleteCommand,
  type DeleteCommandInput,
  GetCommand,
  type GetCommandInput,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
  TransactGetCommand,
  type TransactGetCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { DynamoDBOperations } from '../dynamodb-operations.js';
import { type NativeItem, Translator, withoutUndefined } from './translator.js';

/** How one document client command runs on the in-memory DynamoDB. */
export interface DocumentCommandBinding {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stub's `on` takes any command class
  readonly command: new (input: any) => any;
  readonly run: (db: DynamoDBOperations, input: never, t: Translator) => object;
}

const bind = <Input>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see DocumentCommandBinding
  command: new (input: Input) => any,
  run: (db: DynamoDBOperations, input: Input, t: Translator) => object,
): DocumentCommandBinding => ({ command, run: run as DocumentCommandBinding['run'] });

type WithValues = { ExpressionAttributeValues?: NativeItem };

const values = (input: WithValues, t: Translator) => ({
  ExpressionAttributeValues: t.marshall(input.ExpressionAttributeValues),
});

/** The document client commands the in-memory DynamoDB answers, with their translation. */
export const DOCUMENT_COMMANDS: readonly DocumentCommandBinding[] = [
  bind(PutCommand, (db, input: PutCommandInput, t) => {
    const output = db.putItem({ ...input, Item: t.marshall(input.Item), ...values(input, t) });
    return withoutUndefined({ ...output, Attributes: t.unmarshall(output.Attributes) });
  }),
  bind(GetCommand, (db, input: GetCommandInput, t) => {
    const output = db.getItem({ ...input, Key: t.marshall(input.Key) });
    return withoutUndefined({ ...output, Item: t.unmarshall(output.Item) });
  }),
  bind(DeleteCommand, (db, input: DeleteCommandInput, t) => {
    const output = db.deleteItem({ ...input, Key: t.marshall(input.Key), ...values(input, t) });
    return withoutUndefined({ ...output, Attributes: t.unmarshall(output.Attributes) });
  }),
  bind(UpdateCommand, (db, input: UpdateCommandInput, t) => {
    const output = db.updateItem({ ...input, Key: t.marshall(input.Key), ...values(input, t) });
    return withoutUndefined({ ...output, Attributes: t.unmarshall(output.Attributes) });
  }),
  bind(QueryCommand, (db, input: QueryCommandInput, t) => {
    const output = db.query({
      ...input,
      ...values(input, t),
      ExclusiveStartKey: t.marshall(input.ExclusiveStartKey),
      KeyConditions: undefined,
      QueryFilter: undefined,
    });
    return withoutUndefined({
      ...output,
      Items: t.unmarshallAll(output.Items),
      LastEvaluatedKey: t.unmarshall(output.LastEvaluatedKey),
    });
  }),
  bind(ScanCommand, (db, input: ScanCommandInput, t) => {
    const output = db.scan({
      ...input,
      ...values(input, t),
      ExclusiveStartKey: t.marshall(input.ExclusiveStartKey),
      ScanFilter: undefined,
    });
    return withoutUndefined({
      ...output,
      Items: t.unmarshallAll(output.Items),
      LastEvaluatedKey: t.unmarshall(output.LastEvaluatedKey),
    });
  }),
  bind(BatchGetCommand, (db, input: BatchGetCommandInput, t) => {
    const requestItems = Translator.mapValues(input.RequestItems, (request): KeysAndAttributes => ({
      ...request,
      Keys: request.Keys?.map((key) => t.marshall(key)),
    }));
    const output = db.batchGetItem({ ...input, RequestItems: requestItems });
    return withoutUndefined({
      ...output,
      Responses: Translator.mapValues(output.Responses, (items) => t.unmarshallAll(items) ?? []),
      UnprocessedKeys: Translator.mapValues(output.UnprocessedKeys, (request) => ({
        ...request,
        Keys: t.unmarshallAll(request.Keys),
      })),
    });
  }),
  bind(BatchWriteCommand, (db, input: BatchWriteCommandInput, t) => {
    const requestItems = Translator.mapValues(input.RequestItems, (requests) =>
      requests.map((request): WriteRequest => writeRequest(request, (item) => t.marshall(item))),
    );
    const output = db.batchWriteItem({ ...input, RequestItems: requestItems });
    return withoutUndefined({
      ...output,
      UnprocessedItems: Translator.mapValues(output.UnprocessedItems, (requests) =>
        requests.map((request) => writeRequest(request, (item) => t.unmarshall(item))),
      ),
    });
  }),
  bind(TransactGetCommand, (db, input: TransactGetCommandInput, t) => {
    const output = db.transactGetItems({
      ...input,
      TransactItems: input.TransactItems?.map((entry) => ({
        Get: entry.Get === undefined ? undefined : { ...entry.Get, Key: t.marshall(entry.Get.Key) },
      })),
    });
    return withoutUndefined({
      ...output,
      Responses: output.Responses?.map((response) =>
        withoutUndefined({ ...response, Item: t.unmarshall(response.Item) }),
      ),
    });
  }),
  bind(TransactWriteCommand, (db, input: TransactWriteCommandInput, t) => {
    const items = input.TransactItems?.map((entry) => transactWriteItem(entry, t));
    return db.transactWriteItems({ ...input, TransactItems: items });
  }),
];

type AnyWriteRequest = { PutRequest?: { Item?: object }; DeleteRequest?: { Key?: object } };

function writeRequest<To>(request: AnyWriteRequest, translate: (item: never) => To) {
  return withoutUndefined({
    PutRequest:
      request.PutRequest === undefined
        ? undefined
        : { Item: translate(request.PutRequest.Item as never) },
    DeleteRequest:
      request.DeleteRequest === undefined
        ? undefined
        : { Key: translate(request.DeleteRequest.Key as never) },
  });
}

type NativeTransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

function transactWriteItem(entry: NativeTransactItem, t: Translator): TransactWriteItem {
  const { Put, Update, Delete, ConditionCheck } = entry;
  return withoutUndefined({
    Put: Put === undefined ? undefined : { ...Put, Item: t.marshall(Put.Item), ...values(Put, t) },
    Update:
      Update === undefined
        ? undefined
        : { ...Update, Key: t.marshall(Update.Key), ...values(Update, t) },
    Delete:
      Delete === undefined
        ? undefined
        : { ...Delete, Key: t.marshall(Delete.Key), ...values(Delete, t) },
    ConditionCheck:
      ConditionCheck === undefined
        ? undefined
        : { ...ConditionCheck, Key: t.marshall(ConditionCheck.Key), ...values(ConditionCheck, t) },
  }) as TransactWriteItem;
}
