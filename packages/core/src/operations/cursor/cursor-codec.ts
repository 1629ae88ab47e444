import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from '../../errors/invalid-cursor-error.js';
import type { Item } from '../../items/item.js';
import { checkCursorKey } from './cursor-key.js';
import type { CursorScope } from './cursor-scope.js';

/** The format of the cursors this codec writes; others are refused. */
export const CURSOR_VERSION = 1;
/** Bytes of the integrity check (HMAC-SHA256 or SHA-256). */
const CHECK_BYTES = 32;
/** Longer strings cannot be cursors of keys within DynamoDB's key size limits. */
const MAX_CURSOR_LENGTH = 16_384;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Turns a page's `LastEvaluatedKey` into an opaque base64url cursor and back.
 *
 * A cursor holds a version byte, an integrity check and the key as JSON. The check covers
 * the version, the key and the query's scope (table, index, partition): an HMAC-SHA256
 * with `secret` when there is one, so that clients cannot forge cursors, otherwise a
 * SHA-256 checksum, which catches accidents but not forgery.
 */
export class CursorCodec {
  constructor(private readonly secret: string | undefined) {}

  /** The cursor that resumes a query of `scope` after `key`. */
  encode(key: Item, scope: CursorScope): string {
    const version = Buffer.of(CURSOR_VERSION);
    const body = Buffer.from(JSON.stringify(key), 'utf8');
    return Buffer.concat([version, this.check(version, body, scope), body]).toString('base64url');
  }

  /**
   * The key a cursor of `scope` resumes after.
   * @throws {InvalidCursorError} if the cursor is malformed, tampered with, of another
   * version, or from another table, index or partition.
   */
  decode(cursor: unknown, scope: CursorScope): Item {
    const bytes = cursorBytes(cursor);
    const version = bytes.subarray(0, 1);
    if (version[0] !== CURSOR_VERSION) {
      throw new InvalidCursorError(
        `The cursor has format version ${String(version[0])}; this version of dokklib reads ${CURSOR_VERSION}. Start the query again.`,
      );
    }
    const check = bytes.subarray(1, 1 + CHECK_BYTES);
    const body = bytes.subarray(1 + CHECK_BYTES);
    if (!timingSafeEqual(check, this.check(version, body, scope))) {
      throw new InvalidCursorError(
        'The cursor was changed or belongs to another query (table, index or partition); pass the cursor this query returned.',
      );
    }
    return checkCursorKey(parseJson(body), scope);
  }

  private check(version: Buffer, body: Buffer, scope: CursorScope): Buffer {
    const hash =
      this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
    const identity = JSON.stringify([scope.tableName, scope.indexName ?? null, scope.partitionKey]);
    return hash.update(identity, 'utf8').update('\0').update(version).update(body).digest();
  }
}

function cursorBytes(cursor: unknown): Buffer {
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) {
    throw new InvalidCursorError('A cursor is a base64url string returned by a query.');
  }
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.length <= 1 + CHECK_BYTES || bytes.toString('base64url') !== cursor) {
    throw new InvalidCursorError('The cursor is malformed; pass the cursor a query returned.');
  }
  return bytes;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new InvalidCursorError('The cursor is malformed; pass the cursor a query returned.');
  }
}
