import type { ScanCommandInput, ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders, type Item } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { indexView } from '../store/index-view.js';
import { partitionHash, scanOrder } from '../store/key-order.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalFilter, optionalProjection } from './expression-inputs.js';
import type { OperationOutput } from './operation-output.js';
import { checkReadOptions } from './query.js';
import { readPage } from './read-page.js';
import { checkReadAttributes } from './read-key-checks.js';
import { checkStartKey } from './start-key.js';
import { refuseLegacyParameters } from './legacy-parameters.js';

/**
 * DynamoDB's `Scan`: one page of the table's or a GSI's items, in partition hash order;
 * `Segment` of `TotalSegments` reads one contiguous range of partition hashes.
 */
export function scan(
  tables: MemoryTables,
  input: ScanCommandInput,
): OperationOutput<ScanCommandOutput> {
  refuseLegacyParameters(input);
  const table = tables.require(input.TableName);
  const view = indexView(table, input.IndexName);
  const inputs = expressionInputs(input, ['FilterExpression']);
  const filter = optionalFilter(input.FilterExpression);
  const projection = optionalProjection(input.ProjectionExpression);
  checkPlaceholders([filter, projection], inputs);
  checkReadOptions(input, view, 'scanning');
  checkStartKey(view, input.ExclusiveStartKey);
  const read = { filter, projection, inputs, select: input.Select };
  checkReadAttributes(table.schema, view, read, false);
  const inSegment = segmentFilter(input.Segment, input.TotalSegments, view.keys.partitionKey.name);
  const order = scanOrder(view.keys, view.tableKeys);
  return readPage({
    view,
    items: view.items.filter(inSegment).sort(order),
    order,
    exclusiveStartKey: input.ExclusiveStartKey,
    limit: input.Limit,
    filter,
    projection,
    projectedItem: input.Select === 'ALL_ATTRIBUTES' ? undefined : view.projectedItem,
    count: input.Select === 'COUNT',
    inputs,
  });
}

function segmentFilter(
  segment: number | undefined,
  total: number | undefined,
  partitionKey: string,
): (item: Item) => boolean {
  if (segment === undefined && total === undefined) return () => true;
  if (total === undefined) {
    throw validationError('If segment is specified, total segment must also be specified');
  }
  if (segment === undefined) {
    throw validationError(
      'If total segments is specified, a particular segment must also be specified for this request',
    );
  }
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
    throw validationError(
      `1 validation error detected: Value '${total}' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000`,
    );
  }
  if (!Number.isInteger(segment) || segment < 0 || segment >= total) {
    throw validationError(
      segment >= total
        ? `1 validation error detected: Value '${segment}' at 'segment' failed to satisfy constraint: Member must have value less than or equal to ${total - 1}`
        : `The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`,
    );
  }
  return (item) => Math.floor(partitionHash(item[partitionKey]) * total) === segment;
}
