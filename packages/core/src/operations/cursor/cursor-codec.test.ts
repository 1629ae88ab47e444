import { InvalidCursorError } from '../../errors/invalid-cursor-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import { CURSOR_VERSION, CursorCodec } from './cursor-codec.js';
import type { CursorScope } from './cursor-scope.js';

const scope: CursorScope = {
  tableName: 'T',
  indexName: undefined,
  partitionKey: 'USER#alice',
  partitionKeyAttribute: 'PK',
  keyAttributes: ['PK', 'SK'],
};
const key = { PK: 'USER#alice', SK: 'ORDER#5' };
const codec = new CursorCodec(undefined);

/** The cursor's bytes changed by `change`, encoded again. */
function altered(cursor: string, change: (bytes: Buffer) => void): string {
  const bytes = Buffer.from(cursor, 'base64url');
  change(bytes);
  return bytes.toString('base64url');
}

describe('CursorCodec', () => {
  it('round-trips a key as an opaque base64url string', () => {
    const cursor = codec.encode(key, scope);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('alice');
    expect(codec.decode(cursor, scope)).toEqual(key);
  });

  it('refuses every byte changed', () => {
    const cursor = codec.encode(key, scope);
    const length = Buffer.from(cursor, 'base64url').length;
    for (let at = 0; at < length; at++) {
      const tampered = altered(cursor, (bytes) => {
        bytes[at] = (bytes[at] as number) ^ 0x01;
      });
      expect(() => codec.decode(tampered, scope)).toThrow(InvalidCursorError);
    }
  });

  it.each([
    ['another partition', { partitionKey: 'USER#bob' }],
    ['another table', { tableName: 'Other' }],
    ['another index', { indexName: 'GSI_1' }],
  ])('refuses a cursor of %s', (_, change) => {
    const cursor = codec.encode(key, scope);
    expect(() => codec.decode(cursor, { ...scope, ...change })).toThrow(InvalidCursorError);
  });

  it('refuses another format version, even with a valid check', () => {
    const cursor = altered(codec.encode(key, scope), (bytes) => {
      bytes[0] = CURSOR_VERSION + 1;
    });
    expect(() => codec.decode(cursor, scope)).toThrow(/format version 2/);
  });

  it.each([
    ['an empty string', ''],
    ['not base64url', 'abc+/=='],
    ['too short', 'AAAA'],
    ['not canonical base64url', `${codec.encode(key, scope)}x`],
    ['a number', 42],
    ['too long', 'A'.repeat(20_000)],
  ])('refuses %s', (_, cursor) => {
    const error = (() => {
      try {
        codec.decode(cursor, scope);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidCursorError);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as InvalidCursorError).code).toBe('validation.invalidCursor');
  });

  it("refuses a well-signed key that is not this index's key in this partition", () => {
    const decode = (k: Record<string, unknown>) => () =>
      codec.decode(codec.encode(k, scope), scope);
    expect(decode({ PK: 'USER#alice' })).toThrow(/attributes PK/);
    expect(decode({ ...key, GSI2PK: 'X#y' })).toThrow(InvalidCursorError);
    expect(decode({ PK: 'USER#alice', SK: 5 })).toThrow(/strings/);
    expect(decode({ PK: 'USER#bob', SK: 'ORDER#5' })).toThrow(/another partition/);
    expect(() =>
      codec.decode(
        altered(codec.encode(key, scope), () => undefined),
        scope,
      ),
    ).not.toThrow();
  });

  it('signs with the secret: other secrets and plain checksums are refused', () => {
    const signed = new CursorCodec('s3cret');
    const cursor = signed.encode(key, scope);
    expect(signed.decode(cursor, scope)).toEqual(key);
    expect(() => new CursorCodec('other').decode(cursor, scope)).toThrow(InvalidCursorError);
    expect(() => codec.decode(cursor, scope)).toThrow(InvalidCursorError);
    expect(() => signed.decode(codec.encode(key, scope), scope)).toThrow(InvalidCursorError);
  });
});
