import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import {
  checkPlaceholders,
  type ConditionExpression,
  type ExpressionInputs,
  type Item,
  parseUpdate,
} from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { storableItem } from '../store/check-item.js';
import { copyItem } from '../store/copy-item.js';
import { checkKey, keyOf } from '../store/item-key.js';
import { checkTableKeySizes } from '../store/key-size.js';
import type { MemoryTable } from '../store/memory-table.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalCondition } from './expression-inputs.js';
import { checkKeyNotUpdated, updatedItem } from './update-item.js';
import { checkOnFailure } from './write-condition.js';

const ACTION_KINDS = ['ConditionCheck', 'Put', 'Delete', 'Update'] as const;

/** One checked action of a transaction, ready to evaluate against the store. */
export interface TransactWriteAction {
  /** Which of the four actions it is. */
  readonly kind: (typeof ACTION_KINDS)[number];
  readonly table: MemoryTable;
  readonly key: Item;
  readonly condition: ConditionExpression | undefined;
  readonly inputs: ExpressionInputs;
  readonly onFailure: string | undefined;
  /** The item after the action (`undefined`: deleted, `'unchanged'`: a condition check). */
  readonly write: (existing: Item | undefined) => Item | undefined | 'unchanged';
}

/**
 * Parses and checks one `TransactItems` entry (exactly one of `ConditionCheck`, `Put`,
 * `Delete`, `Update`).
 * @throws {DynamoDBSimulationError} ValidationException for a malformed action.
 */
export function transactWriteAction(
  tables: MemoryTables,
  entry: TransactWriteItem,
): TransactWriteAction {
  const kinds = ACTION_KINDS.filter((kind) => entry[kind] !== undefined);
  if (kinds.length === 0) {
    throw validationError(
      'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request',
    );
  }
  if (kinds.length !== 1) {
    throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
  }
  const kind = kinds[0] as TransactWriteAction['kind'];
  const part = entry[kind] as NonNullable<TransactWriteItem[typeof kind]>;
  const table = tables.require(part.TableName);
  const condition = optionalCondition(part.ConditionExpression);
  const inputs = expressionInputs(
    part,
    entry.Update === undefined
      ? ['ConditionExpression']
      : ['UpdateExpression', 'ConditionExpression'],
  );
  checkOnFailure(part.ReturnValuesOnConditionCheckFailure);
  const base = {
    kind,
    table,
    condition,
    inputs,
    onFailure: part.ReturnValuesOnConditionCheckFailure,
  } as const;
  if (entry.Put !== undefined) {
    checkPlaceholders([condition], inputs);
    const item = storableItem(table.schema, copyItem(entry.Put.Item ?? {}), 'transaction put');
    const write = () => {
      checkTableKeySizes(table.schema, item);
      return copyItem(item);
    };
    return { ...base, key: keyOf(table.schema, item), write };
  }
  if (entry.Update !== undefined) {
    const update = parseUpdate(entry.Update.UpdateExpression ?? '');
    checkPlaceholders([update, condition], inputs);
    checkKeyNotUpdated(table.schema, update, inputs);
    const key = checkKey(table.schema, entry.Update.Key);
    return {
      ...base,
      key,
      write: (existing) => updatedItem(table.schema, update, existing ?? copyItem(key), inputs),
    };
  }
  if (entry.ConditionCheck !== undefined && condition === undefined) {
    throw validationError('The ConditionExpression of a ConditionCheck is required');
  }
  checkPlaceholders([condition], inputs);
  const key = checkKey(table.schema, (entry.Delete ?? entry.ConditionCheck)?.Key);
  return { ...base, key, write: () => (entry.Delete === undefined ? 'unchanged' : undefined) };
}
