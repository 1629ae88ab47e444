import {
  type ExpressionInputs,
  type Item,
  projectPaths,
  type UpdateExpression,
  updatedPaths as pathsOf,
} from '../expressions/index.js';

/** A resolved document path: attribute names and list indexes. */
export type UpdatedPath = readonly (string | number)[];

/** The paths an update writes; DynamoDB counts a path as updated even if its value stays the same. */
export function updatedPaths(
  expression: UpdateExpression | undefined,
  inputs: ExpressionInputs,
): UpdatedPath[] {
  return expression === undefined ? [] : pathsOf(expression, inputs);
}

/** The parts of an item at `paths`, nested as in the item (as `UPDATED_OLD`/`UPDATED_NEW` return them). */
export function pickPaths(item: Item, paths: readonly UpdatedPath[]): Item {
  return paths.length === 0 ? {} : projectPaths(item, paths);
}
