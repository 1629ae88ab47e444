import { dbWithProjectedIndexes, G, inIndexPartition } from '../../../test/gsi-fixture.js';
import { S, thrown } from '../../../test/in-memory-fixture.js';

const db = dbWithProjectedIndexes();
const invalid = 'One or more parameter values were invalid: ';

describe('filters on key attributes', () => {
  it('refuses the queried GSI keys in a query filter', () => {
    const error = thrown(() =>
      db.query({ ...inIndexPartition('all'), FilterExpression: 'attribute_exists(G1S)' }),
    );
    expect(error).toMatchObject({
      name: 'ValidationException',
      message:
        'Filter Expression can only contain non-primary key attributes: Primary key attribute: G1S',
    });
  });

  it("allows the table's keys in a GSI query filter, and any key in a scan filter", () => {
    const query = db.query({
      ...inIndexPartition('all'),
      FilterExpression: 'PK = :p',
      ExpressionAttributeValues: { ':g': S('g'), ':p': S('p1') },
    });
    expect(query.Items?.map((item) => item.SK)).toEqual([S('s1')]);
    const scan = db.scan({
      TableName: G,
      FilterExpression: 'PK = :p AND SK = :s',
      ExpressionAttributeValues: { ':p': S('p0'), ':s': S('s0') },
    });
    expect(scan.Count).toBe(1);
  });
});

describe('reads of KEYS_ONLY and INCLUDE GSIs', () => {
  it('refuses to project attributes the index does not hold, naming them', () => {
    const projected = (IndexName: string, ProjectionExpression: string) =>
      thrown(() => db.query({ ...inIndexPartition(IndexName), ProjectionExpression })).message;
    expect(projected('keysonly', 'zz, b.c, PK')).toBe(
      `${invalid}Global secondary index keysonly does not project [zz, b]`,
    );
    expect(projected('incl', 'a, b')).toBe(
      `${invalid}Global secondary index incl does not project [b]`,
    );
    expect(
      thrown(() => db.scan({ TableName: G, IndexName: 'keysonly', ProjectionExpression: 'a' }))
        .message,
    ).toBe(`${invalid}Global secondary index keysonly does not project [a]`);
  });

  it('projects held attributes', () => {
    const output = db.query({ ...inIndexPartition('incl'), ProjectionExpression: 'a, PK' });
    expect(output.Items).toEqual([
      { a: S('A'), PK: S('p0') },
      { a: S('A'), PK: S('p1') },
    ]);
  });

  it('refuses Select ALL_ATTRIBUTES unless the index projects ALL', () => {
    const message = (IndexName: string) =>
      `${invalid}Select type ALL_ATTRIBUTES is not supported for global secondary index ${IndexName} because its projection type is not ALL`;
    expect(
      thrown(() => db.query({ ...inIndexPartition('incl'), Select: 'ALL_ATTRIBUTES' })).message,
    ).toBe(message('incl'));
    expect(
      thrown(() => db.scan({ TableName: G, IndexName: 'keysonly', Select: 'ALL_ATTRIBUTES' }))
        .message,
    ).toBe(message('keysonly'));
    expect(db.query({ ...inIndexPartition('all'), Select: 'ALL_ATTRIBUTES' }).Items?.[0]).toEqual(
      expect.objectContaining({ b: S('B') }),
    );
  });

  it("refuses a query filter on attributes the index does not hold, before the projection's", () => {
    const error = thrown(() =>
      db.query({
        ...inIndexPartition('keysonly'),
        FilterExpression: 'a.x = :g AND zz = :g AND a = :g',
        ProjectionExpression: 'b',
      }),
    );
    expect(error.message).toBe(
      `${invalid}Secondary index keysonly does not project one or more filter attributes: [a, zz]`,
    );
  });
});
