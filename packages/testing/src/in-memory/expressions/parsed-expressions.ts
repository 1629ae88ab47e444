import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type Condition, type Operand, operandsOf } from './condition.js';
import { evaluate } from './condition-evaluator.js';
import type { Item } from './item.js';
import { parseConditionTree } from './condition-parser.js';
import { type ErrorFactory, validateCondition } from './condition-validation.js';
import type { DocumentPath } from './document-path.js';
import { placeholdersOf } from './placeholders.js';
import { type ResolvedPath, resolvePath } from './resolved-path.js';
import { parseProjectionPaths, projectItem, resolveProjection } from './projection.js';
import { type ExpressionKind, expressionError, TokenStream } from './token-stream.js';
import { readOperands, type UpdateActions, type UpdateOperand } from './update-actions.js';
import { applyActions } from './update-applier.js';
import { parseUpdateActions } from './update-parser.js';
import { validateUpdate } from './update-validation.js';

/** `ExpressionAttributeNames` and `ExpressionAttributeValues` of a request. */
export interface ExpressionInputs {
  names?: Record<string, string>;
  values?: Record<string, AttributeValue>;
}

/** The `#name` and `:value` placeholders an expression uses. */
export interface Placeholders {
  names: ReadonlySet<string>;
  values: ReadonlySet<string>;
}

/** A parsed expression of any kind: its placeholders and the checks that need the inputs. */
export abstract class ParsedExpression {
  readonly placeholders: Placeholders;
  protected readonly fail: ErrorFactory;

  protected constructor(
    readonly text: string,
    readonly kind: ExpressionKind,
  ) {
    this.placeholders = placeholdersOf(text);
    this.fail = (message) => expressionError(kind, message);
  }

  /** Throws what DynamoDB rejects before reading any item (undefined placeholders, types...). */
  abstract validate(inputs: ExpressionInputs): void;
}

/** A parsed condition or filter expression. */
export class ParsedCondition extends ParsedExpression {
  readonly tree: Condition;

  constructor(text: string, kind: ExpressionKind = 'ConditionExpression') {
    super(text, kind);
    this.tree = parseConditionTree(new TokenStream(text, kind));
  }

  validate(inputs: ExpressionInputs): void {
    validateCondition(this.tree, inputs.names, inputs.values, this.fail);
  }

  /** Whether the item (undefined when absent) satisfies the condition. */
  evaluate(item: Item | undefined, inputs: ExpressionInputs): boolean {
    this.validate(inputs);
    const errors = { error: this.fail };
    return evaluate(this.tree, { item, names: inputs.names, values: inputs.values, errors });
  }

  /** The resolved document paths the condition reads, in written order. */
  paths(inputs: ExpressionInputs): ResolvedPath[] {
    const pathsOf = (operand: Operand): ResolvedPath[] => {
      if (operand.kind === 'path') return [resolvePath(operand.path, inputs.names, this.fail)];
      return operand.kind === 'size' ? pathsOf(operand.operand) : [];
    };
    return operandsOf(this.tree).flatMap(pathsOf);
  }
}

/** A parsed update expression. */
export class ParsedUpdate extends ParsedExpression {
  readonly actions: UpdateActions;

  constructor(text: string) {
    super(text, 'UpdateExpression');
    this.actions = parseUpdateActions(new TokenStream(text, 'UpdateExpression'));
  }

  validate(inputs: ExpressionInputs): void {
    validateUpdate(this.actions, inputs.names, inputs.values, this.fail);
  }

  /** The resolved paths the update writes, in written order. */
  targets(inputs: ExpressionInputs): ResolvedPath[] {
    return validateUpdate(this.actions, inputs.names, inputs.values, this.fail);
  }

  /** The resolved paths the update writes or reads, in written order. */
  paths(inputs: ExpressionInputs): ResolvedPath[] {
    const pathOf = (operand: UpdateOperand): ResolvedPath[] =>
      operand.kind === 'path' || operand.kind === 'if_not_exists'
        ? [resolvePath(operand.path, inputs.names, this.fail)]
        : [];
    return this.actions.flatMap((action) => [
      resolvePath(action.path, inputs.names, this.fail),
      ...readOperands(action).flatMap(pathOf),
    ]);
  }

  /** The updated copy of the item. */
  apply(item: Item, inputs: ExpressionInputs): Item {
    return applyActions(this.actions, item, inputs.names, inputs.values, this.fail);
  }
}

/** A parsed projection expression. */
export class ParsedProjection extends ParsedExpression {
  readonly paths: DocumentPath[];

  constructor(text: string) {
    super(text, 'ProjectionExpression');
    this.paths = parseProjectionPaths(new TokenStream(text, 'ProjectionExpression'));
  }

  validate(inputs: ExpressionInputs): void {
    resolveProjection(this.paths, inputs.names, this.fail);
  }

  /** The resolved projected paths. */
  resolvedPaths(inputs: ExpressionInputs): ResolvedPath[] {
    return resolveProjection(this.paths, inputs.names, this.fail);
  }

  /** The item with only the projected paths. */
  project(item: Item, inputs: ExpressionInputs): Item {
    return projectItem(item, resolveProjection(this.paths, inputs.names, this.fail));
  }
}
