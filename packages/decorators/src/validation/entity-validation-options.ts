/**
 * Options passed to class-validator's `validate` (its `ValidatorOptions`, the part that
 * applies to entities), declared here so that this package's types never need
 * class-validator installed.
 */
export interface EntityValidatorOptions {
  readonly groups?: string[];
  readonly strictGroups?: boolean;
  readonly always?: boolean;
  readonly whitelist?: boolean;
  readonly forbidNonWhitelisted?: boolean;
  readonly skipMissingProperties?: boolean;
  readonly skipUndefinedProperties?: boolean;
  readonly skipNullProperties?: boolean;
  readonly stopAtFirstError?: boolean;
  readonly forbidUnknownValues?: boolean;
}

/**
 * Whether writes validate entities with class-validator (an optional peer dependency):
 * `false` turns it off; options are given to its `validate`. On by default, for entities
 * whose classes carry class-validator decorators.
 */
export type EntityValidation = false | EntityValidatorOptions;
