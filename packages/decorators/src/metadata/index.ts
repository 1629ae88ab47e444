export { Entity } from './entity.js';
export { PartitionKey } from './partition-key.js';
export { SortKey } from './sort-key.js';
export { IndexKey } from './index-key.js';
export { Attribute } from './attribute.js';
export type { AttributeOptions } from './attribute-decorator.js';
export { Version } from './version.js';
export { CreatedAt } from './created-at.js';
export { UpdatedAt } from './updated-at.js';
export { TimeToLive } from './time-to-live.js';
export type {
  KeyOptions,
  KeyPart,
  KeyPrefix,
  AttributeRole,
  PropertyType,
} from './declarations.js';
export { type KeyCodec, paddedNumber } from './key-codec.js';
export {
  type EntityClass,
  type IndexKeyOf,
  type KeyOf,
  type PartialKeyOf,
  KeyProps,
} from './entity-class.js';
export { ENTITY_TYPE_ATTRIBUTE } from './entity-definition.js';
export type {
  EntityMetadata,
  KeyMetadata,
  KeyPartMetadata,
  IndexKeysMetadata,
  AttributeMetadata,
} from './entity-metadata.js';
export {
  entityMetadata,
  metadataOf,
  entityClassNamed,
  registeredEntityClasses,
  isEntityClass,
} from './metadata-registry.js';
export { checkKeyPrefixes } from './check-key-prefixes.js';
