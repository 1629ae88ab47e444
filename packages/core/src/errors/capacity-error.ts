import { DokklibError } from './dokklib-error.js';

/**
 * DynamoDB refused the request for lack of capacity: provisioned throughput exceeded,
 * throttling or the account's request limit. Retry later with backoff.
 */
export class CapacityError extends DokklibError {
  readonly code = 'dynamodb.capacityExceeded';
}
