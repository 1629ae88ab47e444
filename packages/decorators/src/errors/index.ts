export { EntityDefinitionError } from './entity-definition-error.js';
export {
  VersionConflictError,
  type VersionConflictErrorOptions,
} from './version-conflict-error.js';
export { TooManyActionsError } from './too-many-actions-error.js';
export { DuplicateItemActionError } from './duplicate-item-action-error.js';
export {
  EntityValidationError,
  type EntityValidationFailure,
  type PropertyValidationFailure,
} from './entity-validation-error.js';
export { KeyChangeError } from './key-change-error.js';
export { EntityNotManagedError } from './entity-not-managed-error.js';
export { ValidatorUnavailableError } from './validator-unavailable-error.js';
