import { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';

/** Bad input, found before any request was sent. */
export class ValidationError extends DokklibError {
  readonly code: string = 'validation.invalidInput';

  constructor(message: string, options?: DokklibErrorOptions) {
    super(message, options);
  }
}
