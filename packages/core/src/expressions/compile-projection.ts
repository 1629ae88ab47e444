import { ValidationError } from '../errors/validation-error.js';
import { type AttributePath, pathSegments, pathsOverlap } from './attribute-path.js';
import type { ExpressionContext } from './expression-context.js';

/**
 * Writes the attributes to read as a `ProjectionExpression`.
 * @throws {ValidationError} for no attributes, a bad path, or two paths that overlap (the
 * same path twice, or one inside another), which DynamoDB refuses.
 */
export function compileProjection(
  attributes: readonly AttributePath[],
  context: ExpressionContext,
): string {
  if (!Array.isArray(attributes)) {
    throw new ValidationError(
      `A projection is a list of attribute paths; got ${JSON.stringify(attributes)}.`,
    );
  }
  if (attributes.length === 0) {
    throw new ValidationError('A projection needs at least one attribute.');
  }
  if (attributes.length > 1) checkApart(attributes);
  return attributes.map((path) => context.path(path)).join(', ');
}

/** Refuses overlapping paths; only paths sharing a first name are compared in full. */
function checkApart(attributes: readonly AttributePath[]): void {
  const paths = attributes.map(pathSegments);
  for (let i = 1; i < paths.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      const [a, b] = [
        paths[i] as readonly (string | number)[],
        paths[j] as readonly (string | number)[],
      ];
      if (a[0] === b[0] && pathsOverlap(a, b)) {
        throw new ValidationError(
          `A projection lists ${JSON.stringify(attributes[j])} and ${JSON.stringify(attributes[i])}, which overlap; DynamoDB refuses that: list each attribute once.`,
        );
      }
    }
  }
}
