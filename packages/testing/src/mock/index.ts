export { mockTable, type MockTableOptions, type MockedTable } from './mock-table.js';
export type { MockBackend } from './mock-backend.js';
export type { DocumentClientStub } from './document-client-stub.js';
export { stubGet } from './stub-get.js';
export { stubWrites } from './stub-writes.js';
export { stubQuery, type StubbedQuery } from './stub-query.js';
export { storedItem } from './stored-item.js';
