import { ExpressionContext } from './expression-context.js';

describe('ExpressionContext', () => {
  it('gives one placeholder per distinct name', () => {
    const context = new ExpressionContext();
    expect(context.name('a')).toBe('#n0');
    expect(context.name('b')).toBe('#n1');
    expect(context.name('a')).toBe('#n0');
    expect(context.toAttributes().ExpressionAttributeNames).toEqual({ '#n0': 'a', '#n1': 'b' });
  });

  it('gives each value its own placeholder, even an equal one', () => {
    const context = new ExpressionContext();
    expect(context.value('x')).toBe(':v0');
    expect(context.value('x')).toBe(':v1');
    expect(context.toAttributes().ExpressionAttributeValues).toEqual({ ':v0': 'x', ':v1': 'x' });
  });

  it('keeps values of any type as they are, for the document client to marshall', () => {
    const context = new ExpressionContext();
    const set = new Set(['a']);
    context.value(set);
    context.value(null);
    context.value({ nested: [1] });
    expect(context.toAttributes().ExpressionAttributeValues).toEqual({
      ':v0': set,
      ':v1': null,
      ':v2': { nested: [1] },
    });
  });

  it('leaves out empty maps, as DynamoDB refuses them', () => {
    expect(new ExpressionContext().toAttributes()).toEqual({});
    const namesOnly = new ExpressionContext();
    namesOnly.name('a');
    expect(namesOnly.toAttributes()).toEqual({ ExpressionAttributeNames: { '#n0': 'a' } });
  });

  it('writes paths with dots between names and brackets around indexes', () => {
    const context = new ExpressionContext();
    expect(context.path('a.b')).toBe('#n0');
    expect(context.path(['a', 'b', 3, 'c'])).toBe('#n1.#n2[3].#n3');
    expect(context.toAttributes().ExpressionAttributeNames).toEqual({
      '#n0': 'a.b',
      '#n1': 'a',
      '#n2': 'b',
      '#n3': 'c',
    });
  });

  it('keeps one placeholder per name and numbering values past a hundred', () => {
    const context = new ExpressionContext();
    const names = Array.from({ length: 100 }, (_, i) => `attribute${i}`);
    expect(names.map((name) => context.name(name))).toEqual(names.map((_, i) => `#n${i}`));
    expect([...names].reverse().map((name) => context.name(name))).toEqual(
      names.map((_, i) => `#n${99 - i}`),
    );
    expect(names.map((name) => context.value(name))).toEqual(names.map((_, i) => `:v${i}`));
    const { ExpressionAttributeNames, ExpressionAttributeValues } = context.toAttributes();
    expect(Object.keys(ExpressionAttributeNames ?? {})).toHaveLength(100);
    expect(ExpressionAttributeNames?.['#n99']).toBe('attribute99');
    expect(ExpressionAttributeValues?.[':v70']).toBe('attribute70');
  });

  it('never changes maps it returned: placeholders handed out later go to new maps', () => {
    const context = new ExpressionContext();
    context.name('a');
    context.value(1);
    const first = context.toAttributes();
    context.name('b');
    context.value(2);
    expect(first).toEqual({
      ExpressionAttributeNames: { '#n0': 'a' },
      ExpressionAttributeValues: { ':v0': 1 },
    });
    expect(context.toAttributes()).toEqual({
      ExpressionAttributeNames: { '#n0': 'a', '#n1': 'b' },
      ExpressionAttributeValues: { ':v0': 1, ':v1': 2 },
    });
  });

  it('adds the maps to a request object and returns that object', () => {
    const context = new ExpressionContext();
    const request = {
      TableName: 't',
      ConditionExpression: `attribute_exists(${context.name('PK')})`,
    };
    expect(context.addAttributesTo(request)).toBe(request);
    expect(request).toEqual({
      TableName: 't',
      ConditionExpression: 'attribute_exists(#n0)',
      ExpressionAttributeNames: { '#n0': 'PK' },
    });
    expect(new ExpressionContext().addAttributesTo({ TableName: 't' })).toEqual({ TableName: 't' });
  });
});
