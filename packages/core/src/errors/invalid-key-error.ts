import { ValidationError } from './validation-error.js';

/** An entity name or key value that cannot form a safe DynamoDB key, found before sending. */
export class InvalidKeyError extends ValidationError {
  override readonly code: string = 'validation.invalidKey';
}
