import {
  attr,
  type Attributes,
  type Condition,
  type TableConfig,
  type UpdateChanges,
  ValidationError,
} from '@dokklib/core';
import type { AttributeMetadata, EntityMetadata } from '../metadata/entity-metadata.js';
import { type EntityPrimaryKey, describeEntity, primaryKeyOf } from './entity-key.js';
import { entityToAttributes } from './entity-to-item.js';
import { assignAttributes, mergeAttributes } from './merge-attributes.js';

/** A write of one entity, ready for core: key, what to store, and what to set on the entity after. */
export interface EntityWrite {
  readonly key: EntityPrimaryKey;
  /** The version the item must have (`undefined`: must not exist); only for `@Version` entities. */
  readonly expectedVersion: number | undefined;
  /** The `@Version` condition, if the entity has a version. */
  readonly condition: Condition | undefined;
  /** Property values (version, timestamps) to give the entity once the write succeeded. */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** An insert or put: the whole item. */
export interface EntityPutWrite extends EntityWrite {
  readonly attributes: Attributes;
}

/** An update: only the changes. */
export interface EntityUpdateWrite extends EntityWrite {
  readonly changes: UpdateChanges;
}

/**
 * The write of `insert` (`overwrite: false`: version 1, must not exist) or `put`
 * (`overwrite: true`: for `@Version` entities the stored version must still be the
 * entity's, or the item must not exist when the entity has no version yet). Stamps
 * `@CreatedAt` (when empty), `@UpdatedAt` and the table's created-at attribute with `now`.
 * `stored` is the entity's `entityToAttributes` and `key` its `primaryKeyOf`, when the
 * caller has them already.
 */
export function putWrite(
  config: TableConfig,
  metadata: EntityMetadata,
  entity: object,
  now: Date,
  overwrite: boolean,
  stored?: Attributes,
  key?: EntityPrimaryKey,
): EntityPutWrite {
  // The caller's attributes are copied; those made here are stamped in place.
  const attributes =
    stored === undefined ? entityToAttributes(config, metadata, entity) : mergeAttributes(stored);
  const current = versionOf(metadata, entity);
  const expectedVersion = overwrite ? current : undefined;
  const nextVersion = (expectedVersion ?? 0) + 1;
  const stamps = stampValues(metadata, entity, now, nextVersion, true);
  assignAttributes(attributes, stamps.attributes);
  const tableCreatedAt = config.timestamps.createdAt;
  if (tableCreatedAt !== undefined && !(tableCreatedAt in attributes)) {
    attributes[tableCreatedAt] = stamps.nowText();
  }
  return {
    key: key ?? primaryKeyOf(metadata, entity),
    attributes,
    expectedVersion,
    condition: versionCondition(config, metadata, expectedVersion),
    properties: stamps.properties,
  };
}

/**
 * The write of an update that sets (or, for `undefined`, removes) the given attributes,
 * bumps the `@Version` with a condition on the entity's version, and stamps `@UpdatedAt`
 * and the table's updated-at attribute.
 * @throws {ValidationError} if a `@Version` entity has no version (it was never read or written).
 */
export function updateWrite(
  config: TableConfig,
  metadata: EntityMetadata,
  entity: object,
  set: Attributes,
  now: Date,
  key?: EntityPrimaryKey,
): EntityUpdateWrite {
  const expectedVersion = versionOf(metadata, entity);
  if (metadata.version !== undefined && expectedVersion === undefined) {
    throw new ValidationError(
      `${describeEntity(metadata, entity)} has no version to check; read it before updating it, or insert it.`,
    );
  }
  const stamps = stampValues(metadata, entity, now, (expectedVersion ?? 0) + 1, false);
  const changes: Record<string, unknown> = mergeAttributes(set, stamps.attributes);
  const tableUpdatedAt = config.timestamps.updatedAt;
  if (tableUpdatedAt !== undefined && !(tableUpdatedAt in changes)) {
    changes[tableUpdatedAt] = stamps.nowText();
  }
  return {
    key: key ?? primaryKeyOf(metadata, entity),
    changes: { set: changes as UpdateChanges['set'] },
    expectedVersion,
    condition:
      metadata.version === undefined
        ? undefined
        : versionCondition(config, metadata, expectedVersion),
    properties: stamps.properties,
  };
}

/** The condition that the stored version is `expected`, or that the item does not exist. */
export function versionCondition(
  config: TableConfig,
  metadata: EntityMetadata,
  expected: number | undefined,
): Condition | undefined {
  if (metadata.version === undefined) return undefined;
  if (expected === undefined) return attr(config.primaryIndex.partitionKey).notExists();
  return attr(metadata.version.name).eq(expected);
}

/** The entity's `@Version` value, if it has one. */
export function versionOf(metadata: EntityMetadata, entity: object): number | undefined {
  if (metadata.version === undefined) return undefined;
  const value = (entity as Record<string, unknown>)[metadata.version.property];
  return typeof value === 'number' ? value : undefined;
}

/** The version and timestamps a write gives an entity: as stored, and as set on the entity. */
interface Stamps {
  readonly attributes: Attributes;
  readonly properties: Record<string, unknown>;
  /** `now` as an ISO-8601 string (made once per write). */
  readonly nowText: () => string;
}

function stampValues(
  metadata: EntityMetadata,
  entity: object,
  now: Date,
  nextVersion: number,
  creating: boolean,
): Stamps {
  const attributes: Attributes = {};
  const properties: Record<string, unknown> = {};
  let text: string | undefined;
  const nowText = () => (text ??= now.toISOString());
  const stampTime = (attribute: AttributeMetadata) => {
    properties[attribute.property] =
      attribute.designType === String ? nowText() : new Date(now.getTime());
    attributes[attribute.name] = nowText();
  };
  const { version, createdAt, updatedAt } = metadata;
  if (version !== undefined) {
    properties[version.property] = nextVersion;
    attributes[version.name] = nextVersion;
  }
  if (
    creating &&
    createdAt !== undefined &&
    (entity as Record<string, unknown>)[createdAt.property] === undefined
  ) {
    stampTime(createdAt);
  }
  if (updatedAt !== undefined) stampTime(updatedAt);
  return { attributes, properties, nowText };
}
