import { DokklibError } from '@dokklib/core';

/**
 * Entities carry class-validator decorators (class-validator is loaded in the process), but
 * `@dokklib/decorators` could not import class-validator itself, so it cannot validate them;
 * nothing was sent. Install class-validator where `@dokklib/decorators` resolves it (beside
 * it in the project), or turn validation off with `{ validation: false }`.
 */
export class ValidatorUnavailableError extends DokklibError {
  readonly code = 'entity.validatorUnavailable';

  constructor(cause: unknown) {
    super(
      `Entities carry class-validator decorators, but @dokklib/decorators could not import class-validator (${describe(cause)}); nothing was sent. Install class-validator beside @dokklib/decorators, or pass { validation: false } to turn validation off.`,
      { cause },
    );
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
}
