import { EntityName } from './entity-name.js';
import { PartitionKey } from './partition-key.js';
import { stripEntityPrefix } from './strip-entity-prefix.js';

describe('stripEntityPrefix', () => {
  it('returns the value part of a stored key', () => {
    expect(stripEntityPrefix('USER#alice')).toBe('alice');
    expect(stripEntityPrefix('ORDER#2024-01-02T03:04:05Z')).toBe('2024-01-02T03:04:05Z');
  });

  it('gives back the value a key was built from', () => {
    const pk = new PartitionKey(new EntityName('ÜSER'), 'ålice €');
    expect(stripEntityPrefix(String(pk))).toBe('ålice €');
  });

  it('returns a string without a separator unchanged', () => {
    expect(stripEntityPrefix('alice')).toBe('alice');
    expect(stripEntityPrefix('')).toBe('');
  });

  it('gives an empty value for a bare prefix', () => {
    expect(stripEntityPrefix('USER#')).toBe('');
  });
});
