import type { ReturnValuesOnConditionCheckFailure } from '@aws-sdk/client-dynamodb';
import type { ConditionExpression, ExpressionInputs, Item } from '../expressions/index.js';
import { ConditionalCheckFailure } from '../errors/simulation-errors.js';
import { copyOptionalItem } from '../store/copy-item.js';
import { checkEnum } from './check-enum.js';
import { holds } from './expression-inputs.js';

/**
 * Checks a write's condition against the existing item.
 * @throws {ConditionalCheckFailure} carrying the existing item if the request asked for `ALL_OLD`.
 */
export function checkWriteCondition(
  condition: ConditionExpression | undefined,
  existing: Item | undefined,
  inputs: ExpressionInputs,
  onFailure: ReturnValuesOnConditionCheckFailure | string | undefined,
): void {
  if (holds(condition, existing, inputs)) return;
  throw new ConditionalCheckFailure(
    onFailure === 'ALL_OLD' ? copyOptionalItem(existing) : undefined,
  );
}

/** Checks `ReturnValuesOnConditionCheckFailure`. @throws {DynamoDBSimulationError} ValidationException otherwise. */
export function checkOnFailure(value: string | undefined): void {
  checkEnum(value, ['ALL_OLD', 'NONE'], 'returnValuesOnConditionCheckFailure');
}
