import { type AttributeOptions, attributeDecorator } from './attribute-decorator.js';

/** Stores the property as an attribute (under `options.name` if given). Undecorated properties are not stored. */
export function Attribute(options?: AttributeOptions): PropertyDecorator {
  return attributeDecorator('Attribute', 'attribute', options);
}
