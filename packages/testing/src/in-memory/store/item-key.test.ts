import { N, S, coreTableInput, thrown } from '../../../test/in-memory-fixture.js';
import { tableSchema } from '../schema/table-schema.js';
import { checkItemKeys, checkKey, keyString } from './item-key.js';

const schema = tableSchema(coreTableInput());

describe('checkKey', () => {
  it('accepts exactly the key attributes', () => {
    expect(checkKey(schema, { PK: S('a'), SK: S('b') })).toEqual({ PK: S('a'), SK: S('b') });
  });

  // Messages as DynamoDB Local words them (DynamoDB's own says "does not match the schema").
  it.each([
    ['a missing sort key', { PK: S('a') }, 'The number of conditions on the keys is invalid'],
    [
      'an extra attribute',
      { PK: S('a'), SK: S('b'), x: S('c') },
      'The number of conditions on the keys is invalid',
    ],
    [
      'another attribute',
      { PK: S('a'), x: S('c') },
      'One of the required keys was not given a value',
    ],
    [
      'a wrong type',
      { PK: N(1), SK: S('b') },
      'One or more parameter values were invalid: Type mismatch for key',
    ],
  ])('refuses %s', (_case, key, message) => {
    expect(thrown(() => checkKey(schema, key))).toMatchObject({
      name: 'ValidationException',
      message,
    });
  });

  it('checks attribute by attribute: an empty partition key before a wrong sort key type', () => {
    expect(thrown(() => checkKey(schema, { PK: S(''), SK: N(1) })).message).toBe(
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: PK',
    );
  });

  it('refuses an empty string key value', () => {
    expect(thrown(() => checkKey(schema, { PK: S(''), SK: S('b') })).message).toBe(
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: PK',
    );
  });
});

describe('checkItemKeys', () => {
  it('refuses a missing key attribute', () => {
    expect(thrown(() => checkItemKeys(schema, { PK: S('a') })).message).toBe(
      'One of the required keys was not given a value',
    );
  });

  it('refuses a key of the wrong type', () => {
    expect(thrown(() => checkItemKeys(schema, { PK: S('a'), SK: N(1) })).message).toBe(
      'One or more parameter values were invalid: Type mismatch for key',
    );
  });
});

describe('keyString', () => {
  it('is equal for numbers written differently', () => {
    const numeric = tableSchema({
      TableName: 'nums',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'N' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    });
    expect(keyString(numeric, { id: N('1.50') })).toBe(keyString(numeric, { id: N('1.5') }));
    expect(keyString(numeric, { id: N('1') })).not.toBe(keyString(numeric, { id: N('10') }));
  });
});
