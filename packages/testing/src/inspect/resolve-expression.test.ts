import { resolveExpression } from './resolve-expression.js';

describe('resolveExpression', () => {
  it('puts names and values in place in one pass, leaving unknown placeholders', () => {
    const placeholders = {
      ExpressionAttributeNames: { '#n0': 'odd:v0', '#n1': 'tags' },
      ExpressionAttributeValues: { ':v0': 3, ':v1': new Set(['a']) },
    };
    expect(resolveExpression('#n0 = :v0 AND contains(#n1, :v1) OR #n9 = :v9', placeholders)).toBe(
      "odd:v0 = 3 AND contains(tags, Set(1) { 'a' }) OR #n9 = :v9",
    );
  });
});
