import {
  type AttributeValue,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { Backend } from '../other-clients/same-on-both.js';

/** An item or key in DynamoDB's JSON, as low-level clients write it. */
export type Attributes = Record<string, AttributeValue>;

/** A string value. */
export const s = (S: string): AttributeValue => ({ S });
/** A number value, written as the client gives it (DynamoDB normalises it). */
export const n = (N: string): AttributeValue => ({ N });
/** The key `pk`/`sk` of the single table the scenarios run on. */
export const key = (pk: string, sk = 'item'): Attributes => ({ pk: s(pk), sk: s(sk) });

/** Writes `item` (with its key) to the scenario's table. */
export const putItem = ({ client, tableName }: Backend, item: Attributes) =>
  client.send(new PutItemCommand({ TableName: tableName, Item: item }));

/** Reads an item strongly consistently. */
export const getItem = ({ client, tableName }: Backend, itemKey: Attributes, projection?: string) =>
  client.send(
    new GetItemCommand({
      TableName: tableName,
      Key: itemKey,
      ConsistentRead: true,
      ...(projection === undefined ? {} : { ProjectionExpression: projection }),
    }),
  );

/** An update of `itemKey` with the rest of the input as given. */
export const updateItem = (
  { client, tableName }: Backend,
  itemKey: Attributes,
  input: Omit<UpdateItemCommandInput, 'TableName' | 'Key'>,
) => client.send(new UpdateItemCommand({ TableName: tableName, Key: itemKey, ...input }));
