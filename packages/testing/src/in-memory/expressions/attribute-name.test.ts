import { checkAttributeName } from './attribute-name.js';

describe('checkAttributeName', () => {
  it('accepts 1 to 65535 bytes of UTF-8, names of Object.prototype members included', () => {
    for (const name of ['a', 'constructor', '__proto__', 'x'.repeat(65535), 'é'.repeat(32767)]) {
      expect(() => checkAttributeName(name)).not.toThrow();
    }
  });

  it('refuses an empty name and one of 65536 bytes', () => {
    expect(() => checkAttributeName('')).toThrow('Empty attribute name');
    expect(() => checkAttributeName('é'.repeat(32768))).toThrow(
      'Attribute name is too large, must be less than 65536 bytes',
    );
  });
});
