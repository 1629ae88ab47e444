import { validationError } from '../errors/simulation-errors.js';

const VALID_NAME = /^[a-zA-Z0-9_.-]{3,255}$/;

/**
 * Checks a table or index name as DynamoDB does: 3 to 255 characters of `a-z`, `A-Z`,
 * `0-9`, `_`, `-` and `.`.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkTableName(name: string | undefined): string {
  if (name === undefined || !VALID_NAME.test(name)) {
    throw validationError(
      "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'",
    );
  }
  return name;
}
