import { validationError } from '../errors/simulation-errors.js';

const SELECT = ['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'];

/** Checks a read's `Select` against its projection. @throws {DynamoDBSimulationError} ValidationException. */
export function checkSelect(select: string | undefined, projects: boolean, onIndex: boolean): void {
  if (select !== undefined && !SELECT.includes(select)) {
    throw validationError(
      'Select must be ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, COUNT, or SPECIFIC_ATTRIBUTES',
    );
  }
  if (projects && select === 'COUNT') {
    throw validationError(
      'Cannot specify the ProjectionExpression when choosing to get only the Count',
    );
  }
  if (projects && select !== undefined && select !== 'SPECIFIC_ATTRIBUTES') {
    throw validationError(`Cannot specify the ProjectionExpression when choosing to get ${select}`);
  }
  if (select === 'SPECIFIC_ATTRIBUTES' && !projects) {
    throw validationError(
      'Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES',
    );
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && !onIndex) {
    throw validationError(
      'ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName',
    );
  }
}
