import { DokklibError } from '@dokklib/core';

/**
 * An entity class is declared wrongly: no partition key, two partition keys, a key
 * property that is not a string, two properties stored under one name… Thrown when the
 * class is decorated or first used, before any request is sent.
 */
export class EntityDefinitionError extends DokklibError {
  readonly code = 'entity.invalidDefinition';
}
