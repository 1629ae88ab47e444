import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Condition, Operand } from './condition.js';
import { checkBounds, checkDefined, checkType, type ErrorFactory } from './condition-validation.js';
import { validationError } from './dynamodb-simulation-error.js';
import { resolvePath } from './resolved-path.js';
import type { TokenStream } from './token-stream.js';

/** The operators a sort key condition may use. */
export type SortKeyOperator = '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with';

/** One key attribute's condition. */
export interface KeyPart {
  name: string;
  operator: SortKeyOperator;
  values: AttributeValue[];
}

/** The table's key attribute names, when known, to tell the partition key from the sort key. */
export interface KeySchema {
  partitionKey: string;
  sortKey?: string;
}

const FLIPPED: Record<string, SortKeyOperator> = {
  '=': '=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** Splits a key condition into its one or two key parts, rejecting what DynamoDB rejects. */
export function keyParts(
  condition: Condition,
  stream: TokenStream,
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue> | undefined,
): KeyPart[] {
  const conditions =
    condition.kind === 'and'
      ? [...flattenAnd(condition.left), ...flattenAnd(condition.right)]
      : [condition];
  const parts = conditions.map((c) => keyPart(c, stream, names, values ?? {}));
  if (parts.length > 2 || (parts.length === 2 && parts[0]?.name === parts[1]?.name)) {
    throw validationError('KeyConditionExpressions must only contain one condition per key');
  }
  return parts;
}

function flattenAnd(condition: Condition): Condition[] {
  return condition.kind === 'and'
    ? [...flattenAnd(condition.left), ...flattenAnd(condition.right)]
    : [condition];
}

function keyPart(
  condition: Condition,
  stream: TokenStream,
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue>,
): KeyPart {
  const fail: ErrorFactory = (message) => stream.error(message);
  const operands = keyOperands(condition);
  operands.forEach((operand) => checkDefined(operand, names, values, fail));
  if (operands.some((operand) => operand.kind === 'size')) {
    throw validationError('KeyConditionExpressions cannot contain nested operations');
  }
  const name = keyName(operands, names, fail);
  const valueOf = (operand: Operand | undefined): AttributeValue => {
    if (operand?.kind !== 'value') throw invalidOperator(condition.kind);
    return values[operand.name] as AttributeValue;
  };
  switch (condition.kind) {
    case 'between': {
      const bounds = [valueOf(condition.lower), valueOf(condition.upper)];
      checkBounds(bounds[0], bounds[1], fail);
      return { name, operator: 'BETWEEN', values: bounds };
    }
    case 'function': {
      const prefix = valueOf(condition.args[1]);
      checkType('begins_with', prefix, new Set(['S', 'B']), fail);
      return { name, operator: 'begins_with', values: [prefix] };
    }
    default: {
      const compare = condition as Extract<Condition, { kind: 'compare' }>;
      const pathFirst = compare.left.kind === 'path';
      const operator = pathFirst ? compare.comparator : FLIPPED[compare.comparator];
      return {
        name,
        operator: operator as SortKeyOperator,
        values: [valueOf(pathFirst ? compare.right : compare.left)],
      };
    }
  }
}

/** The operands of a condition a key condition allows; throws for the operators it does not. */
function keyOperands(condition: Condition): Operand[] {
  switch (condition.kind) {
    case 'compare':
      if (condition.comparator === '<>') throw invalidOperator('<>');
      return [condition.left, condition.right];
    case 'between':
      return [condition.operand, condition.lower, condition.upper];
    case 'function':
      if (condition.name !== 'begins_with') throw invalidOperator(condition.name);
      return [...condition.args];
    default:
      throw invalidOperator(condition.kind.toUpperCase());
  }
}

/** The one top-level key attribute a condition names. */
function keyName(
  operands: readonly Operand[],
  names: Record<string, string> | undefined,
  fail: ErrorFactory,
): string {
  const paths = operands.flatMap((operand) => (operand.kind === 'path' ? [operand.path] : []));
  if (paths.length > 1) {
    throw validationError(
      'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition',
    );
  }
  const resolved = paths[0] === undefined ? [] : resolvePath(paths[0], names, fail);
  if (resolved.length !== 1) {
    throw validationError(
      `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: ${String(resolved[0] ?? '')}`,
    );
  }
  return resolved[0] as string;
}

function invalidOperator(operator: string): Error {
  return validationError(`Invalid operator used in KeyConditionExpression: ${operator}`);
}

/** Picks the partition key part (an `=`) and the sort key part, by schema when given. */
export function splitKeyParts(
  parts: KeyPart[],
  schema: KeySchema | undefined,
): { partition: KeyPart; sort?: KeyPart } {
  const isPartition = (part: KeyPart): boolean =>
    schema === undefined ? part.operator === '=' : part.name === schema.partitionKey;
  const partition = parts.find(isPartition);
  const sort = parts.find((part) => part !== partition);
  if (
    partition === undefined ||
    (schema !== undefined && sort !== undefined && sort.name !== schema.sortKey)
  ) {
    throw validationError(
      parts.length === 1 && schema === undefined
        ? 'Query key condition not supported'
        : 'Query condition missed key schema element',
    );
  }
  if (partition.operator !== '=') throw validationError('Query key condition not supported');
  return sort === undefined ? { partition } : { partition, sort };
}
