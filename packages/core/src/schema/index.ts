export type { TableSchemaOptions } from './table-schema-options.js';
export { createTableInput } from './create-table-input.js';
export { createTable, type CreateTableOptions } from './create-table.js';
