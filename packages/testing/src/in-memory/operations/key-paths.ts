import {
  type ConditionExpression,
  type ExpressionInputs,
  type ProjectionExpression,
  readPaths,
  type UpdateExpression,
} from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { TableSchema } from '../schema/table-schema.js';
import { keyAttributes } from '../store/item-key.js';

type Expression = ConditionExpression | ProjectionExpression | UpdateExpression;

/**
 * Checks that no condition, filter or projection path looks inside a key attribute of the
 * table (`PK.x`, `SK[0]`) or of any of its GSIs, as DynamoDB Local does for every request.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkScalarKeyPaths(
  schema: TableSchema,
  expressions: ReadonlyArray<Expression | undefined>,
  inputs: ExpressionInputs,
): void {
  const tableKeys = new Set(keyAttributes(schema).map((key) => key.name));
  const indexKeys = new Set(
    [...schema.indexes.values()].flatMap((index) => keyAttributes(index).map((key) => key.name)),
  );
  const paths = expressions.flatMap((expr) => (expr === undefined ? [] : readPaths(expr, inputs)));
  for (const [first, ...rest] of paths) {
    const name = String(first);
    if (rest.length === 0 || !(tableKeys.has(name) || indexKeys.has(name))) continue;
    throw validationError(
      `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ${tableKeys.has(name) ? 'Key' : 'IndexKey'}: ${name}`,
    );
  }
}
