import { validationError } from './dynamodb-simulation-error.js';
import { utf8Size } from './stored-text.js';

/** DynamoDB's limit on an attribute name (of an item or of a map), in UTF-8 bytes. */
export const MAX_ATTRIBUTE_NAME_BYTES = 65535;

/**
 * Checks an attribute name as DynamoDB does: 1 to 65535 bytes of UTF-8.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkAttributeName(name: string): void {
  if (name === '') throw validationError('Empty attribute name');
  if (utf8Size(name) > MAX_ATTRIBUTE_NAME_BYTES) {
    throw validationError('Attribute name is too large, must be less than 65536 bytes');
  }
}
