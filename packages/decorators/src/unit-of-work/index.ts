export { UnitOfWork, type UnitOfWorkOptions } from './unit-of-work.js';
export { ChangeSet, type ChangeSetType } from './change-set.js';
