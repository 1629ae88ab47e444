export { UnitOfWork } from './unit-of-work.js';
export { ChangeSet, type ChangeSetType } from './change-set.js';
