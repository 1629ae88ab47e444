import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Item, TableConfig } from '@dokklib/core';
import type {
  StreamAttributeValue,
  StreamEvent,
  StreamEventName,
  StreamImage,
  StreamRecord,
} from '@dokklib/decorators';
import { itemKeyOf, storedItem } from '../mock/stored-item.js';

/** One change for {@link entityStreamEvent}: an entity inserted, modified (before, after) or removed. */
export type EntityStreamChange =
  | { readonly insert: object }
  | { readonly modify: readonly [before: object, after: object] }
  | { readonly remove: object };

/** What a stream's records hold, as DynamoDB's `StreamViewType`. */
export type StreamViewType = 'NEW_AND_OLD_IMAGES' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'KEYS_ONLY';

/** Options of {@link entityStreamEvent}. */
export interface EntityStreamEventOptions {
  /** The images the records hold; `'NEW_AND_OLD_IMAGES'` by default. */
  readonly viewType?: StreamViewType;
}

/**
 * A DynamoDB Streams event (as a Lambda function receives it) for changes to entities, with
 * the items dokklib stores for them (keys, `_type`, stored properties) marshalled as in a
 * real event (binary as base64): to test a stream handler without a stream.
 * @example entityStreamEvent(table, [{ insert: membership }, { remove: other }])
 */
export function entityStreamEvent(
  table: { readonly config: TableConfig },
  changes: readonly EntityStreamChange[],
  options: EntityStreamEventOptions = {},
): StreamEvent {
  const viewType = options.viewType ?? 'NEW_AND_OLD_IMAGES';
  const records = changes.map((change, index): StreamRecord => {
    const [eventName, before, after] = sides(change);
    const oldItem = before === undefined ? undefined : storedItem(table.config, before);
    const newItem = after === undefined ? undefined : storedItem(table.config, after);
    const keys = itemKeyOf(table.config, (newItem ?? oldItem) as Item);
    const withOld = viewType === 'NEW_AND_OLD_IMAGES' || viewType === 'OLD_IMAGE';
    const withNew = viewType === 'NEW_AND_OLD_IMAGES' || viewType === 'NEW_IMAGE';
    return {
      eventID: String(index + 1),
      eventName,
      eventSourceARN: `arn:aws:dynamodb:us-east-1:000000000000:table/${table.config.tableName}/stream/test`,
      dynamodb: {
        Keys: toStreamImage(keys),
        ...(withNew && newItem !== undefined ? { NewImage: toStreamImage(newItem) } : {}),
        ...(withOld && oldItem !== undefined ? { OldImage: toStreamImage(oldItem) } : {}),
        SequenceNumber: String(index + 1).padStart(21, '0'),
        StreamViewType: viewType,
      },
    };
  });
  return { Records: records };
}

function sides(
  change: EntityStreamChange,
): [StreamEventName, object | undefined, object | undefined] {
  if ('insert' in change) return ['INSERT', undefined, change.insert];
  if ('modify' in change) return ['MODIFY', change.modify[0], change.modify[1]];
  return ['REMOVE', change.remove, undefined];
}

function toStreamImage(item: Item): StreamImage {
  const marshalled = marshall(item, { removeUndefinedValues: true });
  const image: StreamImage = {};
  for (const name of Object.keys(marshalled)) image[name] = toStreamValue(marshalled[name]);
  return image;
}

function toStreamValue(value: AttributeValue): StreamAttributeValue {
  if (value.B !== undefined) return { B: toBase64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(toBase64) };
  if (value.M !== undefined) {
    const map: StreamImage = {};
    for (const name of Object.keys(value.M)) map[name] = toStreamValue(value.M[name]);
    return { M: map };
  }
  if (value.L !== undefined) return { L: value.L.map(toStreamValue) };
  return value as StreamAttributeValue;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
