import { DokklibError } from '@dokklib/core';

/** A property of an entity that failed validation, and the constraints it broke. */
export interface PropertyValidationFailure {
  /** The property's path in the entity: `email`, `address.city`, `tags.0`. */
  readonly property: string;
  /** Each failed constraint's name and message: `{ isEmail: 'email must be an email' }`. */
  readonly constraints: Readonly<Record<string, string>>;
}

/** An entity that failed validation. */
export interface EntityValidationFailure {
  readonly entity: object;
  /** The entity named by class and key: `User alice`. */
  readonly label: string;
  readonly properties: readonly PropertyValidationFailure[];
}

/**
 * Entities broke their class-validator constraints; thrown before anything is sent, and
 * nothing of the write (or of the whole unit of work) is sent.
 */
export class EntityValidationError extends DokklibError {
  readonly code = 'entity.validationFailed';

  constructor(readonly failures: readonly EntityValidationFailure[]) {
    super(`Validation failed, nothing was sent: ${failures.map(describeFailure).join('; ')}.`);
  }
}

function describeFailure(failure: EntityValidationFailure): string {
  const properties = failure.properties.map(
    (p) =>
      `${p.property} (${Object.entries(p.constraints)
        .map(([name, message]) => `${name}: ${message}`)
        .join(', ')})`,
  );
  return `${failure.label}: ${properties.join(', ')}`;
}
