export type { EntityValidation, EntityValidatorOptions } from './entity-validation-options.js';
