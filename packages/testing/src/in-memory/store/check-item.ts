import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { canonicalNumber, type Item, validateAttributes } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { TableSchema } from '../schema/table-schema.js';
import { checkItemKeys, emptyIndexKeyMessage } from './item-key.js';
import { itemSize, MAX_ITEM_BYTES } from './item-size.js';
import { keySizeError, keySizeProblem } from './key-size.js';

/**
 * Checks an item a put is about to store (its values, keys and size) and returns it as
 * DynamoDB Local stores it: top-level numbers and number set elements in canonical form
 * (`1.50` → `1.5`); numbers inside maps and lists stay as written.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function storableItem(
  schema: TableSchema,
  item: Item,
  write: 'put' | 'transaction put' = 'put',
): Item {
  validateAttributes(item);
  const stored = Object.fromEntries(
    Object.entries(item).map(([name, value]) => [name, canonical(value)]),
  );
  checkStoredItem(schema, stored, write);
  return stored;
}

/**
 * Checks an item about to be stored: its keys (see `checkItemKeys`), their sizes and the
 * item's size, worded as DynamoDB Local words them for a put or for an update. As DynamoDB
 * Local does, an update is held to the table's key limits only, not its GSIs'; a put in a
 * transaction is held to the table's when it is applied (`checkTableKeySizes`), which
 * cancels the transaction.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function checkStoredItem(
  schema: TableSchema,
  item: Item,
  write: 'put' | 'transaction put' | 'update' = 'put',
): void {
  checkItemKeys(
    schema,
    item,
    write === 'update' ? () => EMPTY_UPDATED_INDEX_KEY : emptyIndexKeyMessage,
  );
  checkKeySizes(schema, item, write);
  if (itemSize(item) > MAX_ITEM_BYTES) {
    throw validationError(
      write === 'update'
        ? 'Item size to update has exceeded the maximum allowed size'
        : 'Item size has exceeded the maximum allowed size',
    );
  }
}

function checkKeySizes(
  schema: TableSchema,
  item: Item,
  write: 'put' | 'transaction put' | 'update',
): void {
  const problem = keySizeProblem(schema, item, write !== 'update');
  if (problem === undefined || (problem === 'table' && write === 'transaction put')) return;
  throw keySizeError(problem);
}

const EMPTY_UPDATED_INDEX_KEY =
  'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.';

function canonical(value: AttributeValue): AttributeValue {
  if (value.N !== undefined) return { N: canonicalNumber(value.N) };
  if (value.NS !== undefined) return { NS: value.NS.map(canonicalNumber) };
  return value;
}
