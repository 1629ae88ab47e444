import type { TableConfig } from '../table/table-config.js';

/** `input`, asking for consumed capacity when the table's logger wants it. */
export function withConsumedCapacity<Input extends object>(
  config: TableConfig,
  input: Input,
): Input {
  const capacity = config.returnConsumedCapacity;
  return capacity === undefined ? input : { ...input, ReturnConsumedCapacity: capacity };
}
