import type { Item } from '@dokklib/core';
import type { EntityClass } from '../metadata/entity-class.js';
import type { StreamEventName, StreamRecord } from './stream-event.js';

/** What every decoded stream record has. */
interface ChangeBase {
  readonly eventName: StreamEventName;
  /** The item's primary key attributes, unmarshalled: `{ PK: 'USER#alice', SK: 'USER#alice' }`. */
  readonly keys: Item;
  /** The record as it came. */
  readonly record: StreamRecord;
}

/** A stream record of an item of one of the given entity classes, read as instances. */
export interface KnownEntityChange<T extends object = object> extends ChangeBase {
  readonly kind: 'entity';
  readonly entityClass: EntityClass<T>;
  /** The entity after the change (`INSERT`, `MODIFY`), if the stream holds new images. */
  readonly newEntity: T | undefined;
  /** The entity before the change (`MODIFY`, `REMOVE`), if the stream holds old images. */
  readonly oldEntity: T | undefined;
}

/**
 * A stream record that is not of the given entity classes: no `_type`, a type of no given
 * class, or no image to read. Reported, so nothing is passed over silently.
 */
export interface UnknownEntityChange extends ChangeBase {
  readonly kind: 'unknown';
  /** The item's `_type`, if it has one. */
  readonly typeName: string | undefined;
  /** Why it is not read as an entity. */
  readonly reason: string;
}

/** A decoded stream record: see {@link entityChanges}. */
export type EntityChange = KnownEntityChange | UnknownEntityChange;

/** Whether a change is of an entity of this class (its entities then typed as `T`). */
export function isChangeOf<T extends object>(
  change: EntityChange,
  entityClass: EntityClass<T>,
): change is KnownEntityChange<T> {
  return change.kind === 'entity' && change.entityClass === entityClass;
}
