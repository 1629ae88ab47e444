import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { GlobalSecondaryIndex } from '../indexes/global-secondary-index.js';
import { EntityName } from '../keys/entity-name.js';
import { PartitionKey } from '../keys/partition-key.js';
import { SortKey } from '../keys/sort-key.js';
import { tableConfig } from '../table/table-config.js';
import { TableRequests } from '../table/table-requests.js';

const User = new EntityName('USER');
const sk = new SortKey(User, 'alice');
const requests = new TableRequests(
  tableConfig('T', { globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GPK', 'GSK')] }),
);

describe('keys against the limits of every index of the table', () => {
  it('refuses a partition key of 1025–2048 bytes: the inverse index makes PK a sort key', () => {
    const pk = new PartitionKey(User, 'a'.repeat(1500)); // a valid PartitionKey by itself
    expect(() => requests.put(pk, sk, {})).toThrow(InvalidKeyError);
    expect(() => requests.put(pk, sk, {})).toThrow(/sort key of the index GSI_1.*at most 1024/);
    expect(() => requests.update(pk, sk, { set: { a: 1 } })).toThrow(InvalidKeyError);
  });

  it('accepts a partition key of exactly 1024 bytes', () => {
    const pk = new PartitionKey(User, 'a'.repeat(1024 - User.prefix.length));
    expect(() => requests.put(pk, sk, {})).not.toThrow();
  });

  it("refuses a custom GSI's key value over that index's limit, in a put and an update", () => {
    const pk = new PartitionKey(User, 'alice');
    expect(() => requests.put(pk, sk, { GSK: 'x'.repeat(1025) })).toThrow(
      /GSK .*sort key of the index GSI_2/,
    );
    expect(() => requests.update(pk, sk, { set: { GPK: 'x'.repeat(2049) } })).toThrow(
      /GPK .*partition key of the index GSI_2/,
    );
    expect(() =>
      requests.put(pk, sk, { GSK: 'x'.repeat(1024), GPK: 'x'.repeat(2048) }),
    ).not.toThrow();
  });
});

describe('an update that removes a key attribute', () => {
  it('says it cannot remove it', () => {
    const pk = new PartitionKey(User, 'alice');
    expect(() => requests.update(pk, sk, { remove: ['SK'] })).toThrow(ValidationError);
    expect(() => requests.update(pk, sk, { remove: [['PK', 'x']] })).toThrow(
      /cannot remove the key attribute "PK"/,
    );
  });
});
