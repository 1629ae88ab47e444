import { ValidationError } from '@dokklib/core';

/**
 * A write would change the key of an entity, which would redirect it to another item.
 * Delete the entity and insert a new one instead. Its `code` is `ValidationError`'s.
 */
export class KeyChangeError extends ValidationError {
  /** The entity whose key properties changed. */
  readonly entity: object;
  /** The key properties that changed. */
  readonly properties: readonly string[];

  constructor(message: string, entity: object, properties: readonly string[]) {
    super(message);
    this.entity = entity;
    this.properties = properties;
  }
}
