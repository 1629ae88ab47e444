import type { TransactGetCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import { compileProjection } from '../../expressions/compile-projection.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { TableConfig } from '../../table/table-config.js';
import { describeKey, itemKey } from '../item-key.js';
import type { TransactGetKey } from './transact-get-key.js';

/** DynamoDB's limit on the items of one `TransactGetItems`. */
export const MAX_TRANSACT_GET_ITEMS = 100;

/**
 * The `TransactGetItems` input that reads the items of `keys` in one snapshot.
 * @throws {ValidationError} for no keys, more than 100, or the same key twice.
 * @throws {InvalidKeyError} for a key that is not a dokklib key.
 */
export function transactGetInput(
  config: TableConfig,
  keys: readonly TransactGetKey[],
): TransactGetCommandInput {
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > MAX_TRANSACT_GET_ITEMS) {
    throw new ValidationError(
      `transactGetItems reads 1 to ${MAX_TRANSACT_GET_ITEMS} items; got ${Array.isArray(keys) ? keys.length : String(keys)}.`,
    );
  }
  const seen = new Set<string>();
  const transactItems = keys.map((key) => {
    const Key = itemKey(config, key.pk, key.sk);
    const id = JSON.stringify(Key);
    if (seen.has(id)) {
      throw new ValidationError(
        `transactGetItems lists ${describeKey(key.pk, key.sk)} twice; DynamoDB refuses that, list it once.`,
      );
    }
    seen.add(id);
    return { Get: { TableName: config.tableName, Key, ...projection(key) } };
  });
  return { TransactItems: transactItems };
}

function projection(key: TransactGetKey): object {
  if (key.attributes === undefined) return {};
  const context = new ExpressionContext();
  return {
    ProjectionExpression: compileProjection(key.attributes, context),
    ...context.toAttributes(),
  };
}
