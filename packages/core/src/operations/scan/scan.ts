import { type ScanCommandInput, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../../items/item.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { type PageRequest, withPageRequest } from '../pages/page-request.js';
import { pageItems } from '../pages/page-items.js';
import { type RawPage, readPages } from '../pages/read-pages.js';
import { mergeAsyncIterables } from './merge-async-iterables.js';
import { compileScan, scanInput, withSegment } from './scan-input.js';
import type { ScanOptions } from './scan-options.js';
import type { ScanPage } from './scan-page.js';

/**
 * The pages of a scan, read as they are iterated (`Table.scanPages` as a function). A parallel scan (`segments`) pages each
 * segment on its own, with one request in flight per segment, and yields pages as they come.
 * Options are checked when called, before anything is sent.
 */
export function scanPages(table: BareTable, options: ScanOptions = {}): AsyncIterable<ScanPage> {
  const input = compileScan(table.config, options);
  const segments = options.segments ?? 1;
  const streams = Array.from({ length: segments }, (_, segment) =>
    segmentPages(table, withSegment(input, options, segment), segment, options.pageSize),
  );
  return segments === 1 ? (streams[0] as AsyncIterable<ScanPage>) : mergeAsyncIterables(streams);
}

/**
 * Every item of the table or `globalIndex`, read page by page as iterated; `segments`
 * scans in parallel (`Table.scan` as a function; see {@link scanPages}).
 */
export function scan(table: BareTable, options: ScanOptions = {}): AsyncIterable<Item> {
  return pageItems(scanPages(table, options));
}

/** The `Scan` input of the first page of one segment (`0` by default) of {@link scan}. */
export function scanRequest(
  table: TableLayout,
  options?: ScanOptions,
  segment?: number,
): ScanCommandInput {
  const page = { limit: options?.pageSize };
  return withConsumedCapacity(table.config, scanInput(table.config, options, segment, page));
}

async function* segmentPages(
  table: BareTable,
  input: ScanCommandInput,
  segment: number,
  pageSize: number | undefined,
): AsyncGenerator<ScanPage, void, undefined> {
  const operation = input.TotalSegments === undefined ? 'scan' : `scan of segment ${segment}`;
  const fetchPage = async (page: PageRequest): Promise<RawPage> => {
    const pageInput = withConsumedCapacity(table.config, withPageRequest(input, page));
    const output = await table.runner.run({
      operation,
      command: 'Scan',
      input: pageInput,
      send: () => table.client.send(new ScanCommand(pageInput)),
    });
    return { items: output.Items ?? [], lastEvaluatedKey: output.LastEvaluatedKey };
  };
  for await (const page of readPages(fetchPage, { pageSize })) {
    yield { items: page.items.map((item) => table.decodeItem(item)), segment };
  }
}
