import { EntityName } from '@dokklib/core';
import {
  declareProperty,
  type KeyOptions,
  type KeyPart,
  type KeyPrefix,
  propertyName,
} from './declarations.js';

/** The key decorators' arguments: a prefix, options, or both. */
export type KeyDecoratorArguments =
  [] | [KeyPrefix | KeyOptions] | [KeyPrefix | undefined, KeyOptions];

/** Builds the property decorator that records a key property of the given index and part. */
export function keyDecorator(
  decorator: string,
  indexName: string | undefined,
  part: KeyPart,
  args: KeyDecoratorArguments,
): PropertyDecorator {
  const [first, second] = args;
  const prefix = isPrefix(first) ? first : undefined;
  const options: KeyOptions = (isPrefix(first) ? second : first) ?? {};
  return (prototype, key) => {
    declareProperty(
      prototype,
      {
        kind: 'key',
        property: propertyName(key, decorator),
        indexName,
        part,
        prefix,
        order: options.order,
        codec: options.codec,
      },
      options.type,
    );
  };
}

function isPrefix(value: unknown): value is KeyPrefix {
  return typeof value === 'string' || typeof value === 'function' || value instanceof EntityName;
}
