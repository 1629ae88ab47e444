export { UnitOfWork } from './unit-of-work.js';
export { ChangeSet, type ChangeSetType } from './change-set.js';
export { MAX_ITEM_BYTES, MAX_TRANSACTION_BYTES } from './transaction-limits.js';
