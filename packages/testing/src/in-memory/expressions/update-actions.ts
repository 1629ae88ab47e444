import type { DocumentPath } from './document-path.js';

/** An operand on the right of `SET path = ...`. */
export type UpdateOperand =
  | { readonly kind: 'path'; readonly path: DocumentPath }
  | { readonly kind: 'value'; readonly name: string }
  | {
      readonly kind: 'if_not_exists';
      readonly path: DocumentPath;
      readonly fallback: UpdateOperand;
    }
  | { readonly kind: 'list_append'; readonly left: UpdateOperand; readonly right: UpdateOperand }
  | {
      readonly kind: 'arithmetic';
      readonly operator: '+' | '-';
      readonly left: UpdateOperand;
      readonly right: UpdateOperand;
    };

/** One action of an update expression. */
export type UpdateAction =
  | { readonly clause: 'SET'; readonly path: DocumentPath; readonly value: UpdateOperand }
  | { readonly clause: 'REMOVE'; readonly path: DocumentPath }
  | { readonly clause: 'ADD'; readonly path: DocumentPath; readonly value: string }
  | { readonly clause: 'DELETE'; readonly path: DocumentPath; readonly value: string };

/** The actions of an update expression in written order (DynamoDB checks them last to first). */
export type UpdateActions = readonly UpdateAction[];

/** Every operand a SET action reads, including those nested in functions and arithmetic. */
export function readOperands(action: UpdateAction): UpdateOperand[] {
  const operands: UpdateOperand[] = [];
  const visit = (operand: UpdateOperand): void => {
    operands.push(operand);
    if (operand.kind === 'if_not_exists') visit(operand.fallback);
    if (operand.kind === 'list_append' || operand.kind === 'arithmetic') {
      [operand.left, operand.right].forEach(visit);
    }
  };
  if (action.clause === 'SET') visit(action.value);
  return operands;
}
