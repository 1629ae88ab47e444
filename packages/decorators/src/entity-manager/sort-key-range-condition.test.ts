import 'reflect-metadata';
import { InvalidKeyError, ValidationError } from '@dokklib/core';
import { Order } from '../../test/entities.js';
import { entityMetadata } from '../metadata/metadata-registry.js';
import { sortKeyRangeCondition } from './sort-key-range-condition.js';

const sort = () => {
  const { sortKey } = entityMetadata(Order);
  if (sortKey === undefined) throw new Error('Order has a sort key');
  return sortKey;
};
const condition = (range: Parameters<typeof sortKeyRangeCondition>[1]) =>
  String(sortKeyRangeCondition(sort(), range, 'ORDER'));

describe('sortKeyRangeCondition', () => {
  it('brackets the keys of a date given alone between ORDER#D| and ORDER#D}', () => {
    expect(condition({ le: { date: 'D' } })).toBe('le(ORDER#D})');
    expect(condition({ lt: { date: 'D' } })).toBe('lt(ORDER#D|)');
    expect(condition({ gt: { date: 'D' } })).toBe('gt(ORDER#D})');
    expect(condition({ ge: { date: 'D' } })).toBe('ge(ORDER#D|)');
    expect(condition({ between: [{ date: 'A' }, { date: 'B' }] })).toBe(
      'between(ORDER#A|, ORDER#B})',
    );
  });

  it('compares a bound giving every part exactly', () => {
    expect(condition({ le: { date: 'D', number: 7 } })).toBe('le(ORDER#D|00007)');
    expect(condition({ gt: { date: 'D', number: 7 } })).toBe('gt(ORDER#D|00007)');
    expect(condition({ between: [{ date: 'D' }, { date: 'D', number: 7 }] })).toBe(
      'between(ORDER#D|, ORDER#D|00007)',
    );
  });

  it('refuses a bound without the first part, and a between whose low end sorts after its high one', () => {
    expect(() => condition({ le: { number: 7 } })).toThrow(InvalidKeyError);
    expect(() => condition({ between: [{ date: 'B' }, { date: 'A' }] })).toThrow(ValidationError);
  });
});
