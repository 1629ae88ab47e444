import 'reflect-metadata';
import { Membership } from '../../../decorators/test/entities.js';
import { formatEntity } from './format-value.js';

describe('formatEntity', () => {
  it('shows the class and the properties that have a value', () => {
    const member = Object.assign(new Membership(), { user: 'alice', group: 'g1', role: undefined });
    expect(formatEntity(member)).toBe("Membership { user: 'alice', group: 'g1' }");
    expect(formatEntity({ a: 1, b: undefined })).toBe('{ a: 1 }');
    expect(formatEntity(undefined)).toBe('undefined');
  });
});
