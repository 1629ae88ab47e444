import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { AttributePath } from './attribute-path.js';
import type { OperandNode } from './operand.js';

/** A comparison operator of DynamoDB's condition syntax. */
export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

/** DynamoDB's attribute type names, for `attribute_type`. */
export type AttributeTypeName = 'S' | 'SS' | 'N' | 'NS' | 'B' | 'BS' | 'BOOL' | 'NULL' | 'L' | 'M';

/** The tree of a condition; built with `attr(...)` and compiled per request. */
export type ConditionNode =
  | {
      readonly kind: 'compare';
      readonly comparator: Comparator;
      readonly left: OperandNode;
      readonly right: OperandNode;
    }
  | {
      readonly kind: 'between';
      readonly operand: OperandNode;
      readonly low: OperandNode;
      readonly high: OperandNode;
    }
  | {
      readonly kind: 'in';
      readonly operand: OperandNode;
      readonly values: readonly OperandNode[];
    }
  | { readonly kind: 'exists' | 'notExists'; readonly path: AttributePath }
  | {
      readonly kind: 'type';
      readonly path: AttributePath;
      readonly type: AttributeTypeName;
    }
  | {
      readonly kind: 'beginsWith';
      readonly path: AttributePath;
      readonly prefix: OperandNode;
    }
  | {
      readonly kind: 'contains';
      readonly path: AttributePath;
      readonly operand: OperandNode;
    }
  | {
      readonly kind: 'and' | 'or';
      readonly conditions: readonly ConditionNode[];
    }
  | { readonly kind: 'not'; readonly condition: ConditionNode };

/**
 * A condition on an item, for writes (`condition`) and query filters (`filter`).
 * Combine with `and`, `or` and `not`; values always travel as placeholders.
 */
export class Condition {
  /** The condition's tree. */
  readonly node: ConditionNode;

  constructor(node: ConditionNode) {
    this.node = node;
  }

  /** This condition and all the others. */
  and(...others: Condition[]): Condition {
    return and(this, ...others);
  }

  /** This condition or any of the others. */
  or(...others: Condition[]): Condition {
    return or(this, ...others);
  }

  /** The negation of this condition. */
  not(): Condition {
    return not(this);
  }
}

/** True when every condition is. */
export function and(...conditions: Condition[]): Condition {
  return new Condition({
    kind: 'and',
    conditions: conditions.map((c) => c.node),
  });
}

/** True when any condition is. */
export function or(...conditions: Condition[]): Condition {
  return new Condition({
    kind: 'or',
    conditions: conditions.map((c) => c.node),
  });
}

/** True when the condition is false. */
export function not(condition: Condition): Condition {
  return new Condition({ kind: 'not', condition: condition.node });
}

/** A value or another attribute to compare with. */
export type ComparisonValue = NativeAttributeValue | ComparableOperand;

/** Something a condition can compare: an attribute or an attribute's size. */
export abstract class ComparableOperand {
  /** The operand node this compares. */
  abstract get operand(): OperandNode;

  /** `operand = value` */
  eq(value: ComparisonValue): Condition {
    return compare(this.operand, '=', value);
  }
  /** `operand <> value` */
  ne(value: ComparisonValue): Condition {
    return compare(this.operand, '<>', value);
  }
  /** `operand < value` */
  lt(value: ComparisonValue): Condition {
    return compare(this.operand, '<', value);
  }
  /** `operand <= value` */
  le(value: ComparisonValue): Condition {
    return compare(this.operand, '<=', value);
  }
  /** `operand > value` */
  gt(value: ComparisonValue): Condition {
    return compare(this.operand, '>', value);
  }
  /** `operand >= value` */
  ge(value: ComparisonValue): Condition {
    return compare(this.operand, '>=', value);
  }
  /** `operand BETWEEN low AND high` (both ends included). */
  between(low: ComparisonValue, high: ComparisonValue): Condition {
    return new Condition({
      kind: 'between',
      operand: this.operand,
      low: operandOf(low),
      high: operandOf(high),
    });
  }
  /** `operand IN (values…)`: DynamoDB allows 1 to 100 values. */
  in(values: readonly ComparisonValue[]): Condition {
    return new Condition({
      kind: 'in',
      operand: this.operand,
      values: values.map(operandOf),
    });
  }
}

/** An attribute in a condition: `attr('status').eq('active')`. Make one with {@link attr}. */
export class AttributeRef extends ComparableOperand {
  constructor(readonly path: AttributePath) {
    super();
  }

  /** The operand node of this attribute. */
  get operand(): OperandNode {
    return { kind: 'path', path: this.path };
  }
  /** `attribute_exists(attribute)` */
  exists(): Condition {
    return new Condition({ kind: 'exists', path: this.path });
  }
  /** `attribute_not_exists(attribute)` */
  notExists(): Condition {
    return new Condition({ kind: 'notExists', path: this.path });
  }
  /** `attribute_type(attribute, type)` */
  type(type: AttributeTypeName): Condition {
    return new Condition({ kind: 'type', path: this.path, type });
  }
  /** `begins_with(attribute, prefix)` */
  beginsWith(prefix: string | AttributeRef): Condition {
    return new Condition({
      kind: 'beginsWith',
      path: this.path,
      prefix: operandOf(prefix),
    });
  }
  /** `contains(attribute, value)`: a substring of a string, or an element of a set or list. */
  contains(value: ComparisonValue): Condition {
    return new Condition({
      kind: 'contains',
      path: this.path,
      operand: operandOf(value),
    });
  }
  /** `size(attribute)`, to compare: `attr('tags').size().gt(3)`. */
  size(): SizeRef {
    return new SizeRef(this.path);
  }
}

/** The size of an attribute in a comparison: `attr('tags').size().gt(3)`. */
export class SizeRef extends ComparableOperand {
  constructor(readonly path: AttributePath) {
    super();
  }

  /** The operand node of this size. */
  get operand(): OperandNode {
    return { kind: 'size', path: this.path };
  }
}

/** An attribute to build a condition on: `attr('status').eq('active')`, `attr(['a', 'b']).exists()`. */
export function attr(path: AttributePath): AttributeRef {
  return new AttributeRef(path);
}

function compare(left: OperandNode, comparator: Comparator, right: ComparisonValue): Condition {
  return new Condition({
    kind: 'compare',
    comparator,
    left,
    right: operandOf(right),
  });
}

function operandOf(value: ComparisonValue): OperandNode {
  if (value instanceof ComparableOperand) return value.operand;
  return { kind: 'value', value };
}
