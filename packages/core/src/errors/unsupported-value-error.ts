import { ValidationError } from './validation-error.js';

/**
 * A value of a type DynamoDB cannot store (a `Date`, a class instance, a `Symbol`, a
 * function, a `Set` of booleans or of mixed types…), found before sending. The message
 * says what to pass instead.
 */
export class UnsupportedValueError extends ValidationError {
  override readonly code: string = 'validation.unsupportedValue';
}
