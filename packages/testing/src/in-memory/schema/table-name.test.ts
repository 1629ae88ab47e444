import { checkTableName } from './table-name.js';

describe('checkTableName', () => {
  it('accepts 3 to 255 characters of a-z, A-Z, 0-9, _, - and .', () => {
    for (const name of ['abc', 'A.b-c_9', 'x'.repeat(255)]) expect(checkTableName(name)).toBe(name);
  });

  it.each(['ab', 'x'.repeat(256), 'a b', 'tabé', '', undefined])('refuses %p', (name) => {
    expect(() => checkTableName(name)).toThrow('Invalid table/index name.');
  });
});
