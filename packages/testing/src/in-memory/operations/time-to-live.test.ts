import { InMemoryDynamoDB } from '../in-memory-dynamodb.js';

const TABLE = 'expiring';
const DAY = 24 * 60 * 60;

function storeAt(now: { seconds: number }, expireItems: boolean): InMemoryDynamoDB {
  const db = new InMemoryDynamoDB({ clock: () => new Date(now.seconds * 1000), expireItems });
  db.createTable({
    TableName: TABLE,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  });
  db.updateTimeToLive({
    TableName: TABLE,
    TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
  });
  const put = (id: string, expiresAt?: { N: string } | { S: string }) =>
    db.putItem({ TableName: TABLE, Item: { id: { S: id }, ...(expiresAt && { expiresAt }) } });
  put('tomorrow', { N: String(now.seconds + DAY) });
  put('in-an-hour', { N: String(now.seconds + 3600) });
  put('never');
  put('text', { S: String(now.seconds - DAY) });
  put('six-years-ago', { N: String(now.seconds - 6 * 365 * DAY) });
  return db;
}

const ids = (db: InMemoryDynamoDB) =>
  (db.scan({ TableName: TABLE }).Items ?? []).map((item) => item.id.S).sort();

describe('time to live', () => {
  it('with expireItems, removes items as the clock passes their expiry, as DynamoDB TTL does', () => {
    const now = { seconds: 1_700_000_000 };
    const db = storeAt(now, true);
    expect(ids(db)).toEqual(['in-an-hour', 'never', 'six-years-ago', 'text', 'tomorrow']);
    now.seconds += 2 * 3600;
    expect(ids(db)).toEqual(['never', 'six-years-ago', 'text', 'tomorrow']);
    expect(db.getItem({ TableName: TABLE, Key: { id: { S: 'in-an-hour' } } }).Item).toBeUndefined();
    now.seconds += 2 * DAY;
    // Not a number, or more than five years past: DynamoDB's TTL leaves them.
    expect(ids(db)).toEqual(['never', 'six-years-ago', 'text']);
  });

  it('without expireItems, keeps expired items, as DynamoDB may until it deletes them', () => {
    const now = { seconds: 1_700_000_000 };
    const db = storeAt(now, false);
    now.seconds += 2 * DAY;
    expect(ids(db)).toHaveLength(5);
  });

  it('once disabled, expires nothing, and DescribeTimeToLive says so', () => {
    const now = { seconds: 1_700_000_000 };
    const db = storeAt(now, true);
    expect(db.describeTimeToLive({ TableName: TABLE }).TimeToLiveDescription).toEqual({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'expiresAt',
    });
    db.updateTimeToLive({
      TableName: TABLE,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: false },
    });
    now.seconds += 2 * DAY;
    expect(ids(db)).toHaveLength(5);
    expect(db.describeTimeToLive({ TableName: TABLE }).TimeToLiveDescription).toEqual({
      TimeToLiveStatus: 'DISABLED',
    });
  });
});
