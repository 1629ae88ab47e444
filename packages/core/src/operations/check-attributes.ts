import { ValidationError } from '../errors/validation-error.js';
import { hasOwn } from '../items/has-own.js';
import type { AttributePath } from '../expressions/attribute-path.js';
import type { Attributes } from '../items/item.js';
import type { TableConfig } from '../table/table-config.js';

/**
 * Checks attributes given beside a key: a plain object that does not set the table's
 * primary key attributes (the key arguments do that).
 */
export function checkAttributes(
  config: TableConfig,
  attributes: Attributes,
  operation: string,
): void {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw new ValidationError(`The attributes of ${operation} must be an object.`);
  }
  for (const name in attributes) {
    if (hasOwn.call(attributes, name)) checkNotKeyAttribute(config, name, operation);
  }
}

/** Refuses attribute names that are the table's primary key attributes, or `__proto__`. */
export function checkNotKeyAttributes(
  config: TableConfig,
  names: readonly string[],
  operation: string,
): void {
  for (const name of names) checkNotKeyAttribute(config, name, operation);
}

/**
 * Refuses an update that removes one of the table's primary key attributes: an item's key
 * cannot change. Only the first name of each path is looked at.
 */
export function checkNotRemovingKey(
  config: TableConfig,
  remove: readonly AttributePath[] | undefined,
): void {
  if (remove === undefined) return;
  const { partitionKey, sortKey } = config.primaryIndex;
  for (const path of remove) {
    const name = typeof path === 'string' ? path : path[0];
    if (name === partitionKey || name === sortKey) {
      throw new ValidationError(
        `update cannot remove the key attribute ${JSON.stringify(name)}: an item's key cannot change; delete the item instead.`,
      );
    }
  }
}

/** {@link checkNotKeyAttributes} for one name. */
function checkNotKeyAttribute(config: TableConfig, name: string, operation: string): void {
  if (name === '__proto__') {
    throw new ValidationError(
      `${operation} cannot write an attribute named "__proto__": the AWS SDK loses it when it reads the item. Rename it.`,
    );
  }
  const { partitionKey, sortKey } = config.primaryIndex;
  if (name === partitionKey || name === sortKey) {
    throw new ValidationError(
      `${operation} cannot set the key attribute ${JSON.stringify(name)} among its attributes; pass the key as the PartitionKey/SortKey arguments.`,
    );
  }
}
