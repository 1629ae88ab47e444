import type { EntityName } from '@dokklib/core';
import type { AttributeRole } from './declarations.js';
import type { EntityClass } from './entity-class.js';
import type { KeyCodec } from './key-codec.js';

/** One property of a key, in key order. */
export interface KeyPartMetadata {
  readonly property: string;
  /** Converts a value that is not a string; `undefined` for string properties. */
  readonly codec: KeyCodec | undefined;
}

/** A partition or sort key: an entity prefix and the properties whose values follow it. */
export interface KeyMetadata {
  readonly prefix: EntityName;
  readonly parts: readonly KeyPartMetadata[];
}

/** The keys an entity declares for one custom GSI. */
export interface IndexKeysMetadata {
  readonly indexName: string;
  readonly partitionKey: KeyMetadata | undefined;
  readonly sortKey: KeyMetadata | undefined;
}

/** A stored property that is not part of a key. */
export interface AttributeMetadata {
  readonly property: string;
  /** The attribute name in DynamoDB. */
  readonly name: string;
  readonly role: AttributeRole;
  /** The property's `design:type` (`String`, `Date`…), as TypeScript emitted it. */
  readonly designType: unknown;
}

/** Everything dokklib knows about an entity class, references resolved. */
export interface EntityMetadata<T extends object = object> {
  readonly target: EntityClass<T>;
  /** The entity's name: its default key prefix and the value of its type attribute. */
  readonly name: EntityName;
  readonly partitionKey: KeyMetadata;
  /** `undefined` when the sort key equals the partition key. */
  readonly sortKey: KeyMetadata | undefined;
  readonly indexKeys: readonly IndexKeysMetadata[];
  /** Every stored non-key property, `@Version` and timestamps included. */
  readonly attributes: readonly AttributeMetadata[];
  readonly version: AttributeMetadata | undefined;
  readonly createdAt: AttributeMetadata | undefined;
  readonly updatedAt: AttributeMetadata | undefined;
  readonly timeToLive: AttributeMetadata | undefined;
}
