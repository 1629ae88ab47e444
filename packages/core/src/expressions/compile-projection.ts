import { ValidationError } from '../errors/validation-error.js';
import type { AttributePath } from './attribute-path.js';
import type { ExpressionContext } from './expression-context.js';

/** Writes the attributes to read as a `ProjectionExpression`. */
export function compileProjection(
  attributes: readonly AttributePath[],
  context: ExpressionContext,
): string {
  if (attributes.length === 0) {
    throw new ValidationError('A projection needs at least one attribute.');
  }
  return attributes.map((path) => context.path(path)).join(', ');
}
