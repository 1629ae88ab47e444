import {
  conditionPaths,
  type ConditionExpression,
  type ExpressionInputs,
  type ProjectionExpression,
  projectedPaths,
} from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { IndexSchema, TableSchema } from '../schema/table-schema.js';
import type { IndexView } from '../store/index-view.js';
import { keyAttributes } from '../store/item-key.js';
import { checkScalarKeyPaths } from './key-paths.js';

/** A resolved document path: attribute names and list indexes. */
type Path = readonly (string | number)[];

/** The attributes a query or scan reads and returns. */
export interface ReadAttributes {
  readonly filter: ConditionExpression | undefined;
  readonly projection: ProjectionExpression | undefined;
  readonly inputs: ExpressionInputs;
  readonly select: string | undefined;
}

/**
 * DynamoDB Local's checks of what a query (`isQuery`) or scan reads, in its order: no paths
 * into key attributes, no key attributes of the queried index in a query filter, and only
 * attributes a `KEYS_ONLY` / `INCLUDE` GSI projects.
 * @throws {DynamoDBSimulationError} ValidationException.
 */
export function checkReadAttributes(
  schema: TableSchema,
  view: IndexView,
  read: ReadAttributes,
  isQuery: boolean,
): void {
  const { filter, projection, inputs } = read;
  checkScalarKeyPaths(schema, [filter, projection], inputs);
  const filterPaths = filter === undefined || !isQuery ? [] : conditionPaths(filter, inputs);
  checkFilterKeys(view, filterPaths);
  const projectionPaths = projection === undefined ? [] : projectedPaths(projection, inputs);
  checkIndexProjection(view, { filterPaths, projectionPaths, select: read.select });
}

/** The names of the key attributes a read's items carry: the index's, then the table's. */
function keyNames(view: IndexView): Set<string> {
  return new Set(
    [...keyAttributes(view.keys), ...keyAttributes(view.tableKeys)].map((k) => k.name),
  );
}

/**
 * Checks that a query's filter names none of the queried index's key attributes (the table's
 * keys are allowed when querying a GSI); the partition key is reported first.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkFilterKeys(view: IndexView, filterPaths: readonly Path[]): void {
  const named = new Set(filterPaths.map((path) => path[0]));
  const key = keyAttributes(view.keys).find((attribute) => named.has(attribute.name));
  if (key !== undefined) {
    throw validationError(
      `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${key.name}`,
    );
  }
}

/** What a read asks of a GSI's projected attributes. */
export interface IndexReadAttributes {
  /** The filter's paths, for a query (a scan's filter is not checked). */
  readonly filterPaths?: readonly Path[];
  readonly projectionPaths?: readonly Path[];
  readonly select?: string;
}

/**
 * Checks that a read of a `KEYS_ONLY` or `INCLUDE` index asks only for attributes it
 * projects: in a query's filter, then (of a GSI; a local index fetches them from the table)
 * in the projection or `Select: ALL_ATTRIBUTES`.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkIndexProjection(view: IndexView, read: IndexReadAttributes): void {
  const index = view.index;
  if (index === undefined || index.projectionType === 'ALL') return;
  const missingFilter = unprojected(view, index, read.filterPaths ?? []);
  if (missingFilter.length > 0) {
    throw validationError(
      `One or more parameter values were invalid: Secondary index ${index.indexName} does not project one or more filter attributes: [${missingFilter.join(', ')}]`,
    );
  }
  // A local index fetches the attributes it does not project from the table.
  if (index.local) return;
  const missing = unprojected(view, index, read.projectionPaths ?? []);
  if (missing.length > 0) {
    throw validationError(
      `One or more parameter values were invalid: Global secondary index ${index.indexName} does not project [${missing.join(', ')}]`,
    );
  }
  if (read.select === 'ALL_ATTRIBUTES') {
    throw validationError(
      `One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.indexName} because its projection type is not ALL`,
    );
  }
}

/** The distinct top-level attributes of the paths the index does not hold, in written order. */
function unprojected(view: IndexView, index: IndexSchema, paths: readonly Path[]): string[] {
  const held = keyNames(view);
  index.nonKeyAttributes.forEach((name) => held.add(name));
  const names = paths.map((path) => String(path[0]));
  return [...new Set(names.filter((name) => !held.has(name)))];
}
