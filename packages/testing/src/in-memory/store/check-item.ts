import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { canonicalNumber, type Item, validateAttributeValue } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { TableSchema } from '../schema/table-schema.js';
import { checkItemKeys } from './item-key.js';
import { itemSize, MAX_ITEM_BYTES } from './item-size.js';

/**
 * Checks an item a put is about to store (its values, keys and size) and returns it as
 * DynamoDB Local stores it: top-level numbers and number set elements in canonical form
 * (`1.50` → `1.5`); numbers inside maps and lists stay as written.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function storableItem(schema: TableSchema, item: Item): Item {
  Object.values(item).forEach(validateAttributeValue);
  const stored = Object.fromEntries(
    Object.entries(item).map(([name, value]) => [name, canonical(value)]),
  );
  checkStoredItem(schema, stored);
  return stored;
}

/**
 * Checks an item about to be stored: its keys (see `checkItemKeys`) and its size.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function checkStoredItem(
  schema: TableSchema,
  item: Item,
  sizeMessage = 'Item size has exceeded the maximum allowed size',
): void {
  checkItemKeys(schema, item);
  if (itemSize(item) > MAX_ITEM_BYTES) throw validationError(sizeMessage);
}

function canonical(value: AttributeValue): AttributeValue {
  if (value.N !== undefined) return { N: canonicalNumber(value.N) };
  if (value.NS !== undefined) return { NS: value.NS.map(canonicalNumber) };
  return value;
}
