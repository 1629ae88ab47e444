import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { GlobalSecondaryIndex } from '../indexes/global-secondary-index.js';
import type { InversePrimaryIndex } from '../indexes/inverse-primary-index.js';
import type { PrimaryIndex } from '../indexes/primary-index.js';
import type { TableLogger } from './table-logger.js';
import type { TimestampOptions } from './timestamps.js';

/** How a {@link Table} reaches DynamoDB and how its items are laid out. */
export interface TableOptions {
  /**
   * Your client: a `DynamoDBClient` (wrapped in a `DynamoDBDocumentClient` that drops
   * `undefined` values) or a `DynamoDBDocumentClient` used as is. Region, endpoint and
   * credentials are the client's.
   */
  readonly client: DynamoDBClient | DynamoDBDocumentClient;
  /** The table's key attributes: `PK` and `SK` by default. */
  readonly primaryIndex?: PrimaryIndex;
  /** The inverse index: `GSI_1` on `SK`, `PK` by default. */
  readonly inverseIndex?: InversePrimaryIndex;
  /** Other GSIs of the table; their key attributes are read back without entity prefixes. */
  readonly globalIndexes?: readonly GlobalSecondaryIndex[];
  /** Timestamp attributes, or `false` for none. */
  readonly timestamps?: TimestampOptions | false;
  /** The clock for timestamps; `() => new Date()` by default. */
  readonly clock?: () => Date;
  /** Sees every request and its consumed capacity (requests then ask for `ReturnConsumedCapacity: 'TOTAL'`). */
  readonly logger?: TableLogger;
  /**
   * Signs page cursors (HMAC-SHA256) so that clients cannot forge them; keep it secret and
   * the same across servers. Without it, cursors carry a checksum that only catches accidents.
   */
  readonly cursorSecret?: string;
}
