import { type AttributeRole, declareProperty, propertyName } from './declarations.js';

/** Options of {@link Attribute} and the other stored-property decorators. */
export interface AttributeOptions {
  /** The attribute name in DynamoDB; the property name by default. */
  readonly name?: string;
}

/** Builds the property decorator that records a stored property with a role. */
export function attributeDecorator(
  decorator: string,
  role: AttributeRole,
  options: AttributeOptions = {},
): PropertyDecorator {
  return (prototype, key) => {
    const property = propertyName(key, decorator);
    declareProperty(prototype, {
      kind: 'attribute',
      property,
      name: options.name ?? property,
      role,
    });
  };
}
