import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { EntityName } from './entity-name.js';
import { PrefixSortKey } from './prefix-sort-key.js';
import { SortKey } from './sort-key.js';

const Order = new EntityName('ORDER');

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

describe('PrefixSortKey', () => {
  it('matches every key of the entity when no value prefix is given', () => {
    const prefix = new PrefixSortKey(Order);
    expect(String(prefix)).toBe('ORDER#');
    expect(prefix.value).toBe('');
    expect(prefix.kind).toBe('prefix');
  });

  it('allows an explicitly empty prefix', () => {
    expect(String(new PrefixSortKey(Order, ''))).toBe('ORDER#');
  });

  it('adds the value prefix after the separator', () => {
    expect(String(new PrefixSortKey(Order, '2024-'))).toBe('ORDER#2024-');
  });

  it('is not a SortKey, so it cannot address a single item', () => {
    expect(new PrefixSortKey(Order, 'x')).not.toBeInstanceOf(SortKey);
  });

  it('rejects a prefix containing the separator', () => {
    expectInvalidKey(() => new PrefixSortKey(Order, '2024#'));
  });

  it('rejects a prefix ending in a lone surrogate', () => {
    expectInvalidKey(() => new PrefixSortKey(Order, '2024\ud83d'));
  });

  it.each([
    ['a number', 2024],
    ['null', null],
  ])('rejects %s as the prefix', (_label, value) => {
    expectInvalidKey(() => new PrefixSortKey(Order, value as unknown as string));
  });

  it('rejects an entity that is not an EntityName', () => {
    expectInvalidKey(() => new PrefixSortKey(null as unknown as EntityName));
  });

  it('respects the sort key limit of 1024 UTF-8 bytes', () => {
    // 'ORDER#' is 6 bytes; '€' is 3 bytes: 6 + 3 * 306 = 924, + 100 = 1024.
    const atLimit = '€'.repeat(306) + 'x'.repeat(100);
    expect(Buffer.byteLength(String(new PrefixSortKey(Order, atLimit)), 'utf8')).toBe(1024);
    expectInvalidKey(() => new PrefixSortKey(Order, atLimit + 'x'));
    expect(`ORDER#${'€'.repeat(340)}`.length).toBeLessThan(1024);
    expectInvalidKey(() => new PrefixSortKey(Order, '€'.repeat(340)));
  });
});
