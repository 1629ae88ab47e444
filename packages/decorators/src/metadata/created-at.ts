import { type AttributeOptions, attributeDecorator } from './attribute-decorator.js';

/** The time the entity was first written (a `Date`, stored as an ISO-8601 string), set by the library on insert and put when empty. */
export function CreatedAt(options?: AttributeOptions): PropertyDecorator {
  return attributeDecorator('CreatedAt', 'createdAt', options);
}
