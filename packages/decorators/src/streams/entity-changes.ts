import type { Item, TableConfig } from '@dokklib/core';
import { entityReader } from '../mapping/item-to-entity.js';
import type { EntityClass } from '../metadata/entity-class.js';
import { ENTITY_TYPE_ATTRIBUTE } from '../metadata/entity-definition.js';
import { entityMetadata } from '../metadata/metadata-registry.js';
import type { EntityChange } from './entity-change.js';
import type { StreamEvent, StreamRecord } from './stream-event.js';
import { streamImageToItem } from './stream-image-to-item.js';

/** What {@link entityChanges} needs of a table: its config (a `Table` or `BareTable` has it). */
export interface StreamTable {
  readonly config: TableConfig;
}

/**
 * The records of a DynamoDB Streams event in entity terms, in order: each item of one of
 * `entityClasses` (by its `_type`) read as an instance from its new and old images, as a
 * normal read would (Dates, sets, binary, lossless numbers); every other record as an
 * `'unknown'` change saying why, so none is dropped silently.
 * @example for (const change of entityChanges(table, event, [User, Membership])) { … }
 * @throws {EntityDefinitionError} if a class is not a valid entity of this table.
 */
export function entityChanges(
  table: StreamTable,
  event: StreamEvent,
  entityClasses: readonly EntityClass[],
): EntityChange[] {
  const readers = new Map<string, { entityClass: EntityClass; read: (item: Item) => object }>();
  for (const entityClass of entityClasses) {
    const metadata = entityMetadata(entityClass);
    readers.set(metadata.name.name, { entityClass, read: entityReader(table.config, metadata) });
  }
  return event.Records.map((record) => decodeRecord(record, readers));
}

function decodeRecord(
  record: StreamRecord,
  readers: ReadonlyMap<string, { entityClass: EntityClass; read: (item: Item) => object }>,
): EntityChange {
  const data = record.dynamodb ?? {};
  const eventName = record.eventName ?? 'MODIFY';
  const keys = data.Keys === undefined ? {} : streamImageToItem(data.Keys);
  const newItem = data.NewImage === undefined ? undefined : streamImageToItem(data.NewImage);
  const oldItem = data.OldImage === undefined ? undefined : streamImageToItem(data.OldImage);
  const typeValue = (newItem ?? oldItem)?.[ENTITY_TYPE_ATTRIBUTE];
  const typeName = typeof typeValue === 'string' ? typeValue : undefined;
  const unknown = (reason: string): EntityChange => ({
    kind: 'unknown',
    eventName,
    keys,
    record,
    typeName,
    reason,
  });
  if (newItem === undefined && oldItem === undefined) {
    return unknown('the record holds no image (the stream view type is KEYS_ONLY)');
  }
  if (typeName === undefined) return unknown(`the item has no ${ENTITY_TYPE_ATTRIBUTE} attribute`);
  const reader = readers.get(typeName);
  if (reader === undefined) return unknown(`${typeName} is not one of the entity classes given`);
  return {
    kind: 'entity',
    eventName,
    keys,
    record,
    entityClass: reader.entityClass,
    newEntity: newItem === undefined ? undefined : reader.read(newItem),
    oldEntity: oldItem === undefined ? undefined : reader.read(oldItem),
  };
}
