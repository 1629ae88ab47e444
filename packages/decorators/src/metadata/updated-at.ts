import { type AttributeOptions, attributeDecorator } from './attribute-decorator.js';

/** The time of the entity's last write (a `Date`, stored as an ISO-8601 string), set by the library on every write. */
export function UpdatedAt(options?: AttributeOptions): PropertyDecorator {
  return attributeDecorator('UpdatedAt', 'updatedAt', options);
}
