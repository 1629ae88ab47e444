import { S, coreTableInput } from '../../../test/in-memory-fixture.js';
import { tableSchema } from '../schema/table-schema.js';
import { checkTableKeySizes, keySizeProblem, keyValueSize } from './key-size.js';

const schema = tableSchema(coreTableInput());
const item = (pk: string, sk = 'k') => ({ PK: S(pk), SK: S(sk) });

describe('keySizeProblem', () => {
  it("holds a PK to 1024 bytes where core's inverse index sorts by it", () => {
    expect(keySizeProblem(schema, item('p'.repeat(1024), 's'.repeat(1024)), true)).toBeUndefined();
    expect(keySizeProblem(schema, item('p'.repeat(1025)), true)).toBe('index');
    expect(keySizeProblem(schema, item('p'.repeat(1025)), false)).toBeUndefined();
  });

  it("reports the table's limits first: PK 2048 bytes, SK 1024", () => {
    expect(keySizeProblem(schema, item('p'.repeat(2049)), true)).toBe('table');
    expect(keySizeProblem(schema, item('p', 's'.repeat(1025)), false)).toBe('table');
    expect(() => checkTableKeySizes(schema, item('€'.repeat(683)))).toThrow(
      'Hash primary key values must be under 2048 bytes',
    );
  });
});

describe('keyValueSize', () => {
  it('counts UTF-8 bytes, a lone surrogate as one ("?"), and binary bytes', () => {
    expect(keyValueSize(S('é€😀'))).toBe(2 + 3 + 4);
    expect(keyValueSize(S('\ud800x'))).toBe(2);
    expect(keyValueSize({ B: new Uint8Array(3) })).toBe(3);
    expect(keyValueSize(undefined)).toBe(0);
  });
});
