import type { TableConfig } from '../table/table-config.js';

/** `ReturnConsumedCapacity` for a request an executor sends, when the table's logger wants it. */
export function consumedCapacityField(config: TableConfig): {
  ReturnConsumedCapacity?: 'TOTAL';
} {
  const capacity = config.returnConsumedCapacity;
  return capacity === undefined ? {} : { ReturnConsumedCapacity: capacity };
}

/** `input`, asking for consumed capacity when the table's logger wants it. */
export function withConsumedCapacity<Input extends object>(
  config: TableConfig,
  input: Input,
): Input {
  const capacity = config.returnConsumedCapacity;
  return capacity === undefined ? input : { ...input, ReturnConsumedCapacity: capacity };
}
