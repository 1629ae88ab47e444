import {
  ConditionalCheckFailedException,
  DynamoDBServiceException,
  IdempotentParameterMismatchException,
  ResourceInUseException,
  ResourceNotFoundException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBSimulationError } from '../expressions/index.js';
import { ConditionalCheckFailure, TransactionCancellation } from '../errors/simulation-errors.js';

const $metadata = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };

/**
 * The error the AWS SDK would throw for a simulated DynamoDB error: the SDK's own exception
 * class where it has one (so `instanceof` and `name` checks work), with `Item` and
 * `CancellationReasons` still marshalled, as the document client leaves them.
 */
export function toSdkException(error: unknown): unknown {
  if (!(error instanceof DynamoDBSimulationError)) return error;
  const { message } = error;
  if (error instanceof ConditionalCheckFailure) {
    return new ConditionalCheckFailedException({
      message,
      $metadata,
      ...(error.item === undefined ? {} : { Item: error.item }),
    });
  }
  if (error instanceof TransactionCancellation) {
    return new TransactionCanceledException({
      message,
      $metadata,
      CancellationReasons: [...error.reasons],
    });
  }
  switch (error.name) {
    case 'ResourceNotFoundException':
      return new ResourceNotFoundException({ message, $metadata });
    case 'ResourceInUseException':
      return new ResourceInUseException({ message, $metadata });
    case 'IdempotentParameterMismatchException':
      return new IdempotentParameterMismatchException({ message, $metadata });
    default:
      return new DynamoDBServiceException({
        name: error.name,
        $fault: 'client',
        message,
        $metadata,
      });
  }
}
