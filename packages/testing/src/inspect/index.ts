export type {
  DecodedWrite,
  EntityAction,
  EntityPutAction,
  EntityUpdateAction,
  EntityDeleteAction,
  EntityConditionCheckAction,
  SentUpdate,
} from './entity-action.js';
export { sentWrites, committedUnitsOfWork } from './sent-writes.js';
export { describeAction } from './describe-action.js';
export type { ExpectedAction, ExpectedItem } from './expected-action.js';
export { matchesAction, describeExpected, type Equality } from './match-action.js';
export { matchesUnitOfWork } from './match-unit-of-work.js';
