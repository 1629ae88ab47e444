import { ValidationError } from './validation-error.js';

/**
 * A page cursor that this query did not produce: tampered with, malformed, from another
 * table, index or partition, or from an incompatible version. Found before sending.
 */
export class InvalidCursorError extends ValidationError {
  override readonly code: string = 'validation.invalidCursor';
}
