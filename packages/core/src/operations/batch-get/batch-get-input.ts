import type { BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import type { AttributePath } from '../../expressions/attribute-path.js';
import { compileProjection } from '../../expressions/compile-projection.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { Item } from '../../items/item.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkDistinctKeys } from '../batch/batch-key.js';
import { chunk } from '../batch/chunk.js';
import { itemKey } from '../item-key.js';
import type { BatchGetKey } from './batch-get-key.js';
import { checkOptions } from '../check-options.js';
import { BATCH_GET_OPTION_SHAPE, type BatchGetOptions } from './batch-get-options.js';

/** DynamoDB's limit on the keys of one `BatchGetItem` request. */
export const MAX_BATCH_GET_KEYS = 100;

/**
 * The `BatchGetItem` inputs that read the keys: 100 per input, in order; none for no keys.
 * A projection also reads the primary key attributes, to match items to keys.
 * @throws {ValidationError} for a bad key or projection, or a key named twice — before
 * anything is sent.
 */
export function batchGetInputs(
  config: TableConfig,
  keys: readonly BatchGetKey[],
  options: BatchGetOptions = {},
): BatchGetCommandInput[] {
  if (!Array.isArray(keys)) {
    throw new ValidationError(`batchGet takes a list of keys; got ${String(keys)}.`);
  }
  checkOptions(options, BATCH_GET_OPTION_SHAPE, 'the options of batchGet');
  const storedKeys = keys.map((key, index) => storedKey(config, key, index));
  checkDistinctKeys(config, storedKeys, 'Batch get keys');
  const readFields = batchReadFields(config, options);
  return chunk(storedKeys, MAX_BATCH_GET_KEYS).map((Keys) => ({
    RequestItems: { [config.tableName]: { Keys, ...readFields } },
  }));
}

/** Whether a projection reads the top-level attribute `name`. */
export function projects(attributes: readonly AttributePath[], name: string): boolean {
  return attributes.some((path) =>
    typeof path === 'string' ? path === name : path.length === 1 && path[0] === name,
  );
}

function storedKey(config: TableConfig, key: BatchGetKey, index: number): Item {
  if (typeof key !== 'object' || key === null) {
    throw new ValidationError(`Batch get key #${index} must be { pk, sk }; got ${String(key)}.`);
  }
  return itemKey(config, key.pk, key.sk);
}

/** The read settings every chunk shares: everything but the keys. */
type BatchReadFields = Omit<NonNullable<BatchGetCommandInput['RequestItems']>[string], 'Keys'>;

function batchReadFields(config: TableConfig, options: BatchGetOptions): BatchReadFields {
  const context = new ExpressionContext();
  const consistent = options.consistent === true ? { ConsistentRead: true } : {};
  if (options.attributes === undefined) return consistent;
  const requested = compileProjection(options.attributes, context);
  const { partitionKey, sortKey } = config.primaryIndex;
  const keyPaths = [partitionKey, sortKey]
    .filter((name) => !projects(options.attributes ?? [], name))
    .map((name) => context.path(name));
  const projection = [requested, ...keyPaths].join(', ');
  return { ...consistent, ProjectionExpression: projection, ...context.toAttributes() };
}
