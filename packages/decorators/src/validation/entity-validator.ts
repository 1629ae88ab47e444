import { describeEntity } from '../mapping/entity-key.js';
import { metadataOf } from '../metadata/metadata-registry.js';
import type { EntityValidation } from './entity-validation-options.js';
import {
  EntityValidationError,
  type EntityValidationFailure,
  type PropertyValidationFailure,
} from '../errors/entity-validation-error.js';

/** The part of class-validator this package uses. */
interface ClassValidator {
  validate(entity: object, options?: object): Promise<ValidationErrorLike[]>;
  getMetadataStorage(): {
    getTargetValidationMetadatas(
      target: object,
      schema: string,
      always: boolean,
      strictGroups: boolean,
      groups?: string[],
    ): readonly unknown[];
  };
}

/** class-validator's `ValidationError`, as read here. */
interface ValidationErrorLike {
  readonly property: string;
  readonly constraints?: Record<string, string>;
  readonly children?: readonly ValidationErrorLike[];
}

let loading: Promise<ClassValidator> | undefined;

/**
 * Validates entities with class-validator before a write, where their classes carry its
 * decorators. class-validator keeps its metadata in a global: while no decorator of it has
 * run, nothing is loaded and no time is spent.
 */
export class EntityValidator {
  constructor(private readonly validation: EntityValidation = {}) {}

  /**
   * `undefined` when there is nothing to validate; otherwise a promise that rejects with
   * an `EntityValidationError` naming every entity and property that failed.
   */
  check(entities: readonly object[]): Promise<void> | undefined {
    if (this.validation === false || entities.length === 0) return undefined;
    if (
      (globalThis as { classValidatorMetadataStorage?: unknown }).classValidatorMetadataStorage ===
      undefined
    ) {
      return undefined;
    }
    return this.#validate(entities, this.validation);
  }

  async #validate(entities: readonly object[], options: object): Promise<void> {
    const validator = await (loading ??= import('class-validator') as Promise<ClassValidator>);
    const failures: EntityValidationFailure[] = [];
    for (const entity of entities) {
      if (!hasConstraints(validator, entity, options)) continue;
      const errors = await validator.validate(entity, options);
      if (errors.length === 0) continue;
      failures.push({
        entity,
        label: describeEntity(metadataOf(entity), entity),
        properties: flatten(errors, ''),
      });
    }
    if (failures.length > 0) throw new EntityValidationError(failures);
  }
}

/** Whether class-validator has constraints for the entity's class (else `validate` would refuse it as unknown). */
function hasConstraints(
  validator: ClassValidator,
  entity: object,
  options: { groups?: string[]; always?: boolean; strictGroups?: boolean },
): boolean {
  return (
    validator
      .getMetadataStorage()
      .getTargetValidationMetadatas(
        entity.constructor,
        '',
        options.always ?? false,
        options.strictGroups ?? false,
        options.groups,
      ).length > 0
  );
}

function flatten(
  errors: readonly ValidationErrorLike[],
  prefix: string,
): PropertyValidationFailure[] {
  return errors.flatMap((error) => {
    const property = `${prefix}${error.property}`;
    const own =
      error.constraints === undefined ? [] : [{ property, constraints: error.constraints }];
    return [...own, ...flatten(error.children ?? [], `${property}.`)];
  });
}
