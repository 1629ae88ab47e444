import {
  type AttributeRole,
  declareProperty,
  type PropertyType,
  propertyName,
} from './declarations.js';

/** Options of {@link Attribute} and the other stored-property decorators. */
export interface AttributeOptions {
  /** The attribute name in DynamoDB; the property name by default. */
  readonly name?: string;
  /**
   * The property's type (`Date`, `Set`, `Number`, a class), where the compiler emits no
   * `design:type` metadata (esbuild, Vite, tsx); TypeScript's metadata otherwise.
   */
  readonly type?: PropertyType;
}

/** Builds the property decorator that records a stored property with a role. */
export function attributeDecorator(
  decorator: string,
  role: AttributeRole,
  options: AttributeOptions = {},
): PropertyDecorator {
  return (prototype, key) => {
    const property = propertyName(key, decorator);
    declareProperty(
      prototype,
      {
        kind: 'attribute',
        property,
        name: options.name ?? property,
        role,
      },
      options.type,
    );
  };
}
