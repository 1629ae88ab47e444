import type { SentUpdate } from './entity-action.js';
import { type ExpressionPlaceholders, resolveExpression } from './resolve-expression.js';

type Clause = 'SET' | 'REMOVE' | 'ADD' | 'DELETE';

/**
 * Decodes an `UpdateExpression` (as dokklib writes them: placeholders for every name and
 * value) into what it sets, removes, adds and deletes, by attribute name or path. A SET
 * value that is a function (`if_not_exists`, `list_append`) becomes `{ expression }`.
 */
export function parseUpdateExpression(
  expression: string,
  placeholders: ExpressionPlaceholders,
): SentUpdate {
  const update = { set: {}, remove: [], add: {}, delete: {} } as {
    set: Record<string, unknown>;
    remove: string[];
    add: Record<string, unknown>;
    delete: Record<string, unknown>;
  };
  const name = (text: string) => resolveExpression(text.trim(), placeholders);
  const value = (text: string) => placeholderValue(text.trim(), placeholders);
  for (const [clause, body] of clauses(expression)) {
    for (const action of splitTopLevel(body)) {
      if (clause === 'REMOVE') {
        update.remove.push(name(action));
        continue;
      }
      const [target, operand] = clause === 'SET' ? splitOnce(action, '=') : splitOnce(action, ' ');
      const record = clause === 'SET' ? update.set : clause === 'ADD' ? update.add : update.delete;
      record[name(target)] = value(operand);
    }
  }
  return update;
}

function clauses(expression: string): [Clause, string][] {
  const parts = expression.split(/\b(SET|REMOVE|ADD|DELETE)\s/);
  const result: [Clause, string][] = [];
  for (let i = 1; i < parts.length; i += 2) {
    result.push([parts[i] as Clause, parts[i + 1] ?? '']);
  }
  return result;
}

/** Splits on commas outside parentheses and brackets. */
function splitTopLevel(body: string): string[] {
  const actions: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      actions.push(body.slice(start, i));
      start = i + 1;
    }
  }
  actions.push(body.slice(start));
  return actions.map((a) => a.trim()).filter((a) => a.length > 0);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

function placeholderValue(text: string, placeholders: ExpressionPlaceholders): unknown {
  const values = placeholders.ExpressionAttributeValues ?? {};
  if (/^:[A-Za-z0-9_]+$/.test(text) && text in values) return values[text];
  return { expression: resolveExpression(text, placeholders) };
}
