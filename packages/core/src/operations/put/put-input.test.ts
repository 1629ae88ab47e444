import { PrimaryIndex } from '../../indexes/primary-index.js';
import { EntityName } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { SortKey } from '../../keys/sort-key.js';
import { tableConfig } from '../../table/table-config.js';
import { putInput } from './put-input.js';

describe('putInput', () => {
  it('defines a key attribute named __proto__ on the item instead of setting its prototype', () => {
    const config = tableConfig('t', { primaryIndex: new PrimaryIndex('__proto__', 'SK') });
    const user = new EntityName('USER');
    const { Item } = putInput(config, new PartitionKey(user, 'a'), new SortKey(user, 'a'), {
      n: 1,
    });
    expect(Object.getPrototypeOf(Item)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(Item, '__proto__')?.value).toBe('USER#a');
    expect(Item?.SK).toBe('USER#a');
  });
});
