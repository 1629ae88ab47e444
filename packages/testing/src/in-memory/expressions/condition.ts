import type { DocumentPath } from './document-path.js';

/** An operand of a comparison: a document path, a `:value` placeholder or `size(...)`. */
export type Operand =
  | { readonly kind: 'path'; readonly path: DocumentPath }
  | { readonly kind: 'value'; readonly name: string }
  | { readonly kind: 'size'; readonly operand: Operand };

/** DynamoDB's comparators. */
export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

/** The functions that are conditions by themselves. */
export type ConditionFunctionName =
  'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains';

/** A node of a condition's syntax tree. */
export type Condition =
  | {
      readonly kind: 'compare';
      readonly comparator: Comparator;
      readonly left: Operand;
      readonly right: Operand;
    }
  | {
      readonly kind: 'between';
      readonly operand: Operand;
      readonly lower: Operand;
      readonly upper: Operand;
    }
  | { readonly kind: 'in'; readonly operand: Operand; readonly list: readonly Operand[] }
  | {
      readonly kind: 'function';
      readonly name: ConditionFunctionName;
      readonly args: readonly Operand[];
    }
  | { readonly kind: 'and' | 'or'; readonly left: Condition; readonly right: Condition }
  | { readonly kind: 'not'; readonly operand: Condition };

/** Every operand of a condition, depth first. */
export function operandsOf(condition: Condition): Operand[] {
  switch (condition.kind) {
    case 'compare':
      return [condition.left, condition.right];
    case 'between':
      return [condition.operand, condition.lower, condition.upper];
    case 'in':
      return [condition.operand, ...condition.list];
    case 'function':
      return [...condition.args];
    case 'not':
      return operandsOf(condition.operand);
    default:
      return [...operandsOf(condition.left), ...operandsOf(condition.right)];
  }
}
