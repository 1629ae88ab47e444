export { entityChanges, type StreamTable } from './entity-changes.js';
export {
  type EntityChange,
  type KnownEntityChange,
  type UnknownEntityChange,
  isChangeOf,
} from './entity-change.js';
export { streamImageToItem } from './stream-image-to-item.js';
export type {
  StreamAttributeValue,
  StreamEvent,
  StreamEventName,
  StreamImage,
  StreamRecord,
} from './stream-event.js';
