import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DynamoDBSimulationError, type Item } from '../expressions/index.js';

export { validationError } from '../expressions/dynamodb-simulation-error.js';

/** DynamoDB's `ResourceNotFoundException` for a table that does not exist. */
export function tableNotFound(): DynamoDBSimulationError {
  return new DynamoDBSimulationError('ResourceNotFoundException', 'Requested resource not found');
}

/** A failed condition; `item` is the existing item when the request asked for `ALL_OLD`. */
export class ConditionalCheckFailure extends DynamoDBSimulationError {
  constructor(readonly item: Item | undefined) {
    super('ConditionalCheckFailedException', 'The conditional request failed');
  }
}

/** One entry of a `TransactionCanceledException`'s `CancellationReasons`. */
export interface CancellationReason {
  readonly Code: string;
  readonly Message?: string;
  readonly Item?: Record<string, AttributeValue>;
}

/** A cancelled transaction with one reason per action, in request order. */
export class TransactionCancellation extends DynamoDBSimulationError {
  constructor(readonly reasons: readonly CancellationReason[]) {
    super(
      'TransactionCanceledException',
      `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons
        .map((reason) => reason.Code)
        .join(', ')}]`,
    );
  }
}
