import { describeEntity } from '../mapping/entity-key.js';
import { metadataOf } from '../metadata/metadata-registry.js';
import type { EntityValidation } from './entity-validation-options.js';
import {
  type ClassValidator,
  type ValidationErrorLike,
  loadClassValidator,
} from './load-class-validator.js';
import { ValidatorUnavailableError } from '../errors/validator-unavailable-error.js';
import {
  EntityValidationError,
  type EntityValidationFailure,
  type PropertyValidationFailure,
} from '../errors/entity-validation-error.js';

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
    const loaded = await loadClassValidator();
    if (loaded.validator === undefined) throw new ValidatorUnavailableError(loaded.failure);
    const validator = loaded.validator;
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
