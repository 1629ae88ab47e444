import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { EntityName } from './entity-name.js';
import { MAX_SORT_KEY_BYTES, SortKey } from './sort-key.js';

const Group = new EntityName('GROUP');

function expectInvalidKey(build: () => unknown): void {
  let error: unknown;
  try {
    build();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InvalidKeyError);
  expect((error as InvalidKeyError).code).toBe('validation.invalidKey');
}

describe('SortKey', () => {
  it('is stored as ENTITY#value', () => {
    const sk = new SortKey(Group, 'group1');
    expect(String(sk)).toBe('GROUP#group1');
    expect(sk.value).toBe('group1');
    expect(sk.entity).toBe(Group);
    expect(sk.kind).toBe('sort');
  });

  it('rejects an empty value and a value containing the separator', () => {
    expectInvalidKey(() => new SortKey(Group, ''));
    expectInvalidKey(() => new SortKey(Group, 'a#b'));
  });

  it.each(['\ud800', '\ud801', 'a\udfffb', '\udc00\ud800'])(
    'rejects the value %j, which is not well-formed UTF-16 (lone surrogates collide in DynamoDB)',
    (value) => {
      expect(() => new SortKey(Group, value)).toThrow(/lone surrogate/);
      expectInvalidKey(() => new SortKey(Group, value));
    },
  );

  it('accepts a surrogate pair (an emoji)', () => {
    expect(String(new SortKey(Group, '\ud83d\ude00'))).toBe('GROUP#\ud83d\ude00');
  });

  it.each([
    ['a number', 7],
    ['undefined', undefined],
    ['null', null],
  ])('rejects %s as the value', (_label, value) => {
    expectInvalidKey(() => new SortKey(Group, value as unknown as string));
  });

  it('rejects an entity that is not an EntityName', () => {
    expectInvalidKey(() => new SortKey(undefined as unknown as EntityName, 'g'));
  });

  describe('size limit, counted in UTF-8 bytes', () => {
    // 'GROUP#' is 6 bytes; 'é' is 1 UTF-16 unit but 2 UTF-8 bytes.
    const atLimit = 'é'.repeat(509); // 6 + 1018 = 1024 bytes, 515 characters
    const overLimit = 'é'.repeat(510); // 6 + 1020 = 1026 bytes, 516 characters

    it('accepts a key of exactly 1024 bytes', () => {
      expect(MAX_SORT_KEY_BYTES).toBe(1024);
      const sk = new SortKey(Group, atLimit);
      expect(Buffer.byteLength(String(sk), 'utf8')).toBe(1024);
    });

    it('rejects a key over 1024 bytes even though it has far fewer characters', () => {
      expect(`GROUP#${overLimit}`.length).toBeLessThan(1024);
      expectInvalidKey(() => new SortKey(Group, overLimit));
    });
  });
});
