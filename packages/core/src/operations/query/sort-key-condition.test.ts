import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import { EntityName } from '../../keys/entity-name.js';
import { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import { SortKey } from '../../keys/sort-key.js';
import { SortKeyCondition } from './sort-key-condition.js';

const Order = new EntityName('ORDER');
const User = new EntityName('USER');

describe('SortKeyCondition', () => {
  it('keeps the keys it compares with', () => {
    const low = new SortKey(Order, '1');
    const high = new SortKey(Order, '2');
    const between = SortKeyCondition.between(low, high);
    expect([between.kind, between.key, between.high]).toEqual(['between', low, high]);
    expect(String(between)).toBe('between(ORDER#1, ORDER#2)');
    expect(String(SortKeyCondition.gt(low))).toBe('gt(ORDER#1)');
  });

  it('refuses between across entities and a reversed range', () => {
    expect(() => SortKeyCondition.between(new SortKey(Order, '1'), new SortKey(User, '2'))).toThrow(
      ValidationError,
    );
    expect(() =>
      SortKeyCondition.between(new SortKey(Order, '2'), new SortKey(Order, '1')),
    ).toThrow(ValidationError);
  });

  it('compares in UTF-8 byte order as DynamoDB does', () => {
    // U+FF5E sorts before U+1F600 in UTF-8 but after it in UTF-16.
    const low = new SortKey(Order, '\uff5e');
    const high = new SortKey(Order, '\u{1f600}');
    expect(() => SortKeyCondition.between(low, high)).not.toThrow();
    expect(() => SortKeyCondition.between(high, low)).toThrow(ValidationError);
  });

  it.each(['eq', 'lt', 'le', 'gt', 'ge'] as const)('%s refuses what is not a SortKey', (kind) => {
    expect(() => SortKeyCondition[kind](new PrefixSortKey(Order) as unknown as SortKey)).toThrow(
      InvalidKeyError,
    );
  });

  it('beginsWith refuses what is not a PrefixSortKey', () => {
    expect(() =>
      SortKeyCondition.beginsWith(new SortKey(Order, '1') as unknown as PrefixSortKey),
    ).toThrow(InvalidKeyError);
  });

  it('reads a SortKey as eq and a PrefixSortKey as beginsWith', () => {
    expect(SortKeyCondition.from(new SortKey(Order, '1')).kind).toBe('eq');
    expect(SortKeyCondition.from(new PrefixSortKey(Order)).kind).toBe('beginsWith');
    expect(() => SortKeyCondition.from('ORDER#1' as unknown as SortKey)).toThrow(InvalidKeyError);
  });
});
