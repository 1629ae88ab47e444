import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';
import type { OperandNode } from './operand.js';

/**
 * Refuses `BETWEEN low AND high` of two values that DynamoDB would refuse: of different
 * types, or with `low` greater than `high` (numbers by value, strings and binaries by their
 * bytes, as DynamoDB orders them). Bounds that are attributes are left to DynamoDB.
 * @throws {ValidationError} naming both bounds.
 */
export function checkBetweenBounds(low: OperandNode, high: OperandNode): void {
  if (low.kind !== 'value' || high.kind !== 'value') return;
  const lowKind = boundKind(low.value);
  const highKind = boundKind(high.value);
  if (lowKind === undefined || highKind === undefined) return;
  if (lowKind !== highKind) {
    throw new ValidationError(
      `between(${describeBound(low.value)}, ${describeBound(high.value)}) needs bounds of the same type; DynamoDB refuses a ${lowKind} and a ${highKind}.`,
    );
  }
  if (isGreater(lowKind, low.value, high.value)) {
    throw new ValidationError(
      `between(${describeBound(low.value)}, ${describeBound(high.value)}) has its low bound greater than its high bound, which DynamoDB refuses; swap them.`,
    );
  }
}

type BoundKind = 'number' | 'string' | 'binary';

function boundKind(value: unknown): BoundKind | undefined {
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof NumberValue) {
    return 'number';
  }
  if (typeof value === 'string') return 'string';
  if (value instanceof Uint8Array) return 'binary';
  return undefined;
}

function isGreater(kind: BoundKind, low: unknown, high: unknown): boolean {
  if (kind === 'number') return asNumber(low) > asNumber(high);
  const lowBytes = kind === 'string' ? Buffer.from(low as string) : (low as Uint8Array);
  const highBytes = kind === 'string' ? Buffer.from(high as string) : (high as Uint8Array);
  return Buffer.compare(lowBytes, highBytes) > 0;
}

/**
 * A bound as a JavaScript number or bigint, which compare with each other exactly. A
 * `NumberValue` is rounded to a number: rounding keeps order, so "greater" stays true.
 */
function asNumber(value: unknown): number | bigint {
  return value instanceof NumberValue ? Number(value.toString()) : (value as number | bigint);
}

function describeBound(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
