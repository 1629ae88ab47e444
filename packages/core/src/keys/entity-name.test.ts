import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { EntityName } from './entity-name.js';

/** Runs `build` and returns what it threw. */
function thrown(build: () => unknown): unknown {
  try {
    build();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('EntityName', () => {
  it('rejects a name with a lone surrogate, which DynamoDB would store as another', () => {
    expect(thrown(() => new EntityName('US\udfffER'))).toBeInstanceOf(InvalidKeyError);
  });

  it('keeps the name and prefixes keys with it and the separator', () => {
    const user = new EntityName('USER');
    expect(user.name).toBe('USER');
    expect(user.prefix).toBe('USER#');
    expect(String(user)).toBe('USER');
  });

  it('accepts multi-byte names', () => {
    expect(new EntityName('ÜSER€').prefix).toBe('ÜSER€#');
  });

  it.each([
    ['empty', ''],
    ['containing the separator', 'US#ER'],
    ['ending with the separator', 'USER#'],
  ])('rejects a name %s with InvalidKeyError', (_label, name) => {
    const error = thrown(() => new EntityName(name));
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as InvalidKeyError).code).toBe('validation.invalidKey');
  });

  it.each([
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['an object', { name: 'USER' }],
  ])('rejects %s as the name', (_label, name) => {
    const error = thrown(() => new EntityName(name as unknown as string));
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect((error as InvalidKeyError).code).toBe('validation.invalidKey');
  });
});
