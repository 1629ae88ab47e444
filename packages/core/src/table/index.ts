export { Table } from './table.js';
export { BareTable, type TableLayout } from './bare-table.js';
export type { TableOptions } from './table-options.js';
export type { TableConfig } from './table-config.js';
export { TableRequests } from './table-requests.js';
export type { TimestampOptions, TimestampAttributes } from './timestamps.js';
export type { TableLogger, CommandEvent } from './table-logger.js';
export { CommandRunner, type CommandCall } from './command-runner.js';
