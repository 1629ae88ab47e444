/** One expression of a request with the placeholder maps beside it. */
export interface ExpressionField {
  /** Where it is, e.g. `TransactItems[1].Update.ConditionExpression`. */
  readonly where: string;
  readonly expression: string;
  readonly names: Record<string, string>;
  readonly values: Record<string, unknown>;
}

/** Every `…Expression` string of an SDK input, at any depth (transaction actions too). */
export function expressionFields(input: unknown, where = ''): ExpressionField[] {
  if (Array.isArray(input)) {
    return input.flatMap((element, index) => expressionFields(element, `${where}[${index}]`));
  }
  if (typeof input !== 'object' || input === null) return [];
  const record = input as Record<string, unknown>;
  const names = (record.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (record.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, value]) => {
    const at = where === '' ? key : `${where}.${key}`;
    if (key.endsWith('Expression') && typeof value === 'string') {
      return [{ where: at, expression: value, names, values }];
    }
    return expressionFields(value, at);
  });
}

/** Every placeholder (`#…` name, `:…` value) an expression uses. */
export function placeholdersOf(expression: string): string[] {
  return expression.match(/[#:][A-Za-z0-9_]+/g) ?? [];
}

/** DynamoDB's expression syntax: the only words an expression may hold besides placeholders. */
const SYNTAX_WORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'BETWEEN',
  'IN',
  'SET',
  'REMOVE',
  'ADD',
  'DELETE',
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
  'size',
  'if_not_exists',
  'list_append',
]);

/**
 * The parts of an expression that are neither placeholders nor DynamoDB syntax (words,
 * operators, brackets, list indexes, spaces): anything here came from the caller.
 */
export function foreignText(expression: string): string[] {
  const rest = expression.replace(/[#:][A-Za-z0-9_]+/g, ' ');
  const words = rest.match(/[A-Za-z_]+/g) ?? [];
  const foreignWords = words.filter((word) => !SYNTAX_WORDS.has(word));
  const symbols = rest.replace(/[A-Za-z_]+/g, ' ').replace(/[\s()=<>,.[\]0-9]+/g, '');
  return symbols === '' ? foreignWords : [...foreignWords, symbols];
}
