import { ValidationError } from '../errors/validation-error.js';

/**
 * Where an attribute is: a top-level attribute name (taken literally, so `'a.b'` is one
 * attribute whose name has a dot), or a list of names and list indexes for a nested path
 * (`['address', 'lines', 0]`).
 */
export type AttributePath = string | readonly (string | number)[];

/** Checks a path and returns its parts. @throws {ValidationError} for an empty name or bad index. */
export function pathSegments(path: AttributePath): readonly (string | number)[] {
  const segments = typeof path === 'string' ? [path] : path;
  if (!Array.isArray(segments) || segments.length === 0) {
    throw new ValidationError(
      `An attribute path must be a name or a non-empty list; got ${String(path)}.`,
    );
  }
  segments.forEach((segment, position) => validateSegment(segment, position));
  return segments;
}

/** Whether one path is the other or lies inside it, which DynamoDB refuses in one expression. */
export function pathsOverlap(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.every((segment, position) => segment === longer[position]);
}

function validateSegment(segment: unknown, position: number): void {
  if (typeof segment === 'string') {
    if (segment.length === 0) throw new ValidationError('An attribute name must not be empty.');
    return;
  }
  if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && position > 0) {
    return;
  }
  throw new ValidationError(
    `An attribute path holds names and, after the first, list indexes (integers >= 0); got ${String(segment)}.`,
  );
}
