import fc from 'fast-check';
import { parseIsoDate } from './parse-iso-date.js';

/** The time of `new Date(text)`, NaN for an invalid date. */
const engineTime = (text: string): number => new Date(text).getTime();

describe('parseIsoDate', () => {
  it('reads what toISOString writes, at any time a Date can hold', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        expect(parseIsoDate(date.toISOString()).getTime()).toBe(date.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what new Date gives for texts of that form with any fields, and for others', () => {
    const field = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789x '), minLength: length, maxLength: length });
    const isoLike = fc
      .tuple(field(4), field(2), field(2), field(2), field(2), field(2), field(3))
      .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    const digitsOnly = isoLike.map((text) => text.replace(/[x ]/g, '0'));
    fc.assert(
      fc.property(fc.oneof(isoLike, digitsOnly, fc.string({ maxLength: 30 })), (text) => {
        expect(parseIsoDate(text).getTime()).toBe(engineTime(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    '2024-02-29T23:59:59.999Z',
    '2024-02-30T00:00:00.000Z',
    '2023-02-31T12:00:00.000Z',
    '2024-01-01T24:00:00.000Z',
    '0000-01-01T00:00:00.000Z',
    '0099-12-31T00:00:00.000Z',
    '1600-02-29T00:00:00.000Z',
    '1900-02-29T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '2024-13-01T00:00:00.000Z',
    '2024-01-01T00:00:00.000z',
    '2024-05-01T12:00:00Z',
    '+002024-05-01T12:00:00.000Z',
  ])('reads %s as new Date does', (text) => {
    expect(parseIsoDate(text).getTime()).toBe(engineTime(text));
  });
});
