import type { ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import { compileProjection } from '../../expressions/compile-projection.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkPositiveInteger, type PageRequest, withPageRequest } from '../pages/page-request.js';
import { compileFilter } from '../query/query-input.js';
import { checkQueryOptions } from '../query/check-query-options.js';
import { checkOptions } from '../check-options.js';
import { SCAN_OPTION_SHAPE, type ScanOptions } from './scan-options.js';

/** DynamoDB's limit on the segments of a parallel scan. */
export const MAX_SCAN_SEGMENTS = 1_000_000;

/** The `Scan` input of one page (the first by default) of one segment (`0` by default). */
export function scanInput(
  config: TableConfig,
  options: ScanOptions = {},
  segment = 0,
  page: PageRequest = {},
): ScanCommandInput {
  return withPageRequest(withSegment(compileScan(config, options), options, segment), page);
}

/**
 * The `Scan` input without segment and paging fields.
 * @throws {ValidationError} for bad segments, page size, filter or projection, or a
 * consistent read on a GSI.
 */
export function compileScan(config: TableConfig, options: ScanOptions = {}): ScanCommandInput {
  checkScanOptions(options);
  const context = new ExpressionContext();
  const filter = compileFilter(options.filter, context);
  const projection =
    options.attributes === undefined ? undefined : compileProjection(options.attributes, context);
  const indexName = options.globalIndex?.indexName;
  return {
    TableName: config.tableName,
    ...(indexName === undefined ? {} : { IndexName: indexName }),
    ...(filter === undefined ? {} : { FilterExpression: filter }),
    ...(projection === undefined ? {} : { ProjectionExpression: projection }),
    ...context.toAttributes(),
    ...(options.consistent === true ? { ConsistentRead: true } : {}),
  };
}

/** The input of one segment of a parallel scan; unchanged when the scan is not parallel. */
export function withSegment(
  input: ScanCommandInput,
  options: ScanOptions,
  segment: number,
): ScanCommandInput {
  const total = options.segments;
  if (total === undefined) return input;
  if (!Number.isInteger(segment) || segment < 0 || segment >= total) {
    throw new ValidationError(
      `A scan of ${total} segments has segments 0 to ${total - 1}; got ${segment}.`,
    );
  }
  return { ...input, Segment: segment, TotalSegments: total };
}

function checkScanOptions(options: ScanOptions): void {
  checkOptions(options, SCAN_OPTION_SHAPE, 'the options of scan');
  checkQueryOptions(options);
  checkPositiveInteger(options.pageSize, 'A page size');
  checkPositiveInteger(options.segments, 'The number of scan segments');
  if (options.segments !== undefined && options.segments > MAX_SCAN_SEGMENTS) {
    throw new ValidationError(
      `DynamoDB scans in at most ${MAX_SCAN_SEGMENTS} segments; got ${options.segments}.`,
    );
  }
}
