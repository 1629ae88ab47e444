import { type AttributeOptions, attributeDecorator } from './attribute-decorator.js';

/** Optimistic locking: a number the library sets to 1 on insert and increments on every write, which is refused (`VersionConflictError`) if the stored version changed. */
export function Version(options?: AttributeOptions): PropertyDecorator {
  return attributeDecorator('Version', 'version', options);
}
