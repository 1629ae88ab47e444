import { formatValue } from './format-value.js';

/** Names (`#n0`) and values (`:v0`) of a request's expressions. */
export interface ExpressionPlaceholders {
  readonly ExpressionAttributeNames?: Readonly<Record<string, string>>;
  readonly ExpressionAttributeValues?: Readonly<Record<string, unknown>>;
}

/**
 * An expression with its placeholders replaced by the names and values they stand for:
 * `#n0 = :v0` gives `version = 3`. Unknown placeholders are left as they are.
 */
export function resolveExpression(
  expression: string,
  placeholders: ExpressionPlaceholders,
): string {
  const names = placeholders.ExpressionAttributeNames ?? {};
  const values = placeholders.ExpressionAttributeValues ?? {};
  return expression.replace(/[#:][A-Za-z0-9_]+/g, (placeholder) => {
    if (placeholder.startsWith('#')) return names[placeholder] ?? placeholder;
    return placeholder in values ? formatValue(values[placeholder]) : placeholder;
  });
}
