export {
  entityStreamEvent,
  type EntityStreamChange,
  type EntityStreamEventOptions,
  type StreamViewType,
} from './entity-stream-event.js';
