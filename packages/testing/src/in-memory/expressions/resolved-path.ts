import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DocumentPath } from './document-path.js';
import type { DynamoDBSimulationError } from './dynamodb-simulation-error.js';

/** A document path with placeholders replaced: attribute names (strings) and list indexes. */
export type ResolvedPath = readonly (string | number)[];

/** Replaces `#name` placeholders; `fail` builds the error for an undefined one. */
export function resolvePath(
  path: DocumentPath,
  names: Record<string, string> | undefined,
  fail: (message: string) => DynamoDBSimulationError,
): ResolvedPath {
  return path.map((element) => {
    if (element.kind === 'index') return element.index;
    if (!element.placeholder) return element.name;
    const name = names?.[element.name];
    if (name === undefined) {
      throw fail(
        `An expression attribute name used in the document path is not defined; attribute name: ${element.name}`,
      );
    }
    return name;
  });
}

/** The value at a path of an item, or undefined when any step is missing or of the wrong type. */
export function readPath(
  item: Record<string, AttributeValue> | undefined,
  path: ResolvedPath,
): AttributeValue | undefined {
  const [first, ...rest] = path;
  if (item === undefined || typeof first !== 'string' || !Object.hasOwn(item, first))
    return undefined;
  let current: AttributeValue | undefined = item[first];
  for (const step of rest) current = current === undefined ? undefined : child(current, step);
  return current;
}

/** The element of a map or list value at one path step. */
export function child(value: AttributeValue, step: string | number): AttributeValue | undefined {
  if (typeof step === 'number') return value.L?.[step];
  return value.M !== undefined && Object.hasOwn(value.M, step) ? value.M[step] : undefined;
}

/** DynamoDB's rendering of a path in messages: `[a, [0], b]`. */
export function formatPath(path: ResolvedPath): string {
  return `[${path.map((step) => (typeof step === 'number' ? `[${step}]` : step)).join(', ')}]`;
}
