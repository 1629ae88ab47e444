import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { EntityName } from './entity-name.js';
import { MAX_PARTITION_KEY_BYTES, PartitionKey } from './partition-key.js';

const User = new EntityName('USER');

function thrown(build: () => unknown): unknown {
  try {
    build();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

function expectInvalidKey(build: () => unknown): void {
  const error = thrown(build);
  expect(error).toBeInstanceOf(InvalidKeyError);
  expect((error as InvalidKeyError).code).toBe('validation.invalidKey');
}

describe('PartitionKey', () => {
  it('is stored as ENTITY#value', () => {
    const pk = new PartitionKey(User, 'alice');
    expect(String(pk)).toBe('USER#alice');
    expect(`${pk}`).toBe('USER#alice');
    expect(JSON.stringify({ pk })).toBe('{"pk":"USER#alice"}');
    expect(pk.entity).toBe(User);
    expect(pk.value).toBe('alice');
    expect(pk.kind).toBe('partition');
  });

  it('rejects an empty value', () => {
    expectInvalidKey(() => new PartitionKey(User, ''));
  });

  it('rejects a value containing the separator, which would match other keys', () => {
    expectInvalidKey(() => new PartitionKey(User, 'alice#admin'));
    expectInvalidKey(() => new PartitionKey(User, '#'));
  });

  it('rejects a value with a lone surrogate, which DynamoDB would store as another key', () => {
    expectInvalidKey(() => new PartitionKey(User, 'al\ud800ice'));
  });

  it.each([
    ['a number', 1],
    ['undefined', undefined],
    ['null', null],
  ])('rejects %s as the value', (_label, value) => {
    expectInvalidKey(() => new PartitionKey(User, value as unknown as string));
  });

  it('rejects an entity that is not an EntityName', () => {
    expectInvalidKey(() => new PartitionKey('USER' as unknown as EntityName, 'alice'));
  });

  describe('size limit, counted in UTF-8 bytes', () => {
    // 'USER#' is 5 bytes; '€' is 1 UTF-16 unit but 3 UTF-8 bytes.
    const atLimit = '€'.repeat(681); // 5 + 2043 = 2048 bytes, 686 characters
    const overLimit = '€'.repeat(682); // 5 + 2046 = 2051 bytes, 687 characters

    it('accepts a key of exactly 2048 bytes', () => {
      expect(MAX_PARTITION_KEY_BYTES).toBe(2048);
      const pk = new PartitionKey(User, atLimit);
      expect(Buffer.byteLength(String(pk), 'utf8')).toBe(2048);
    });

    it('rejects a key over 2048 bytes even though it has far fewer characters', () => {
      expect(`USER#${overLimit}`.length).toBeLessThan(2048);
      expectInvalidKey(() => new PartitionKey(User, overLimit));
    });

    it('counts 4-byte characters (surrogate pairs) as 4 bytes', () => {
      // '😀' is 2 UTF-16 units and 4 UTF-8 bytes: 5 + 4 * 510 + 3 = 2048.
      expect(String(new PartitionKey(User, '😀'.repeat(510) + 'abc'))).toHaveLength(1028);
      expectInvalidKey(() => new PartitionKey(User, '😀'.repeat(510) + 'abcd'));
    });

    it('counts the entity prefix towards the limit', () => {
      expect(() => new PartitionKey(User, 'a'.repeat(2043))).not.toThrow();
      expectInvalidKey(() => new PartitionKey(User, 'a'.repeat(2044)));
    });
  });
});
