import { ValidationError } from '../../errors/validation-error.js';
import { Backoff } from './backoff.js';

const clock = (random: number) => ({ random: () => random, sleep: async () => {} });

it('caps the delay at baseDelayMs * 2^(retry-1), then at maxDelayMs', () => {
  const backoff = new Backoff({ baseDelayMs: 100, maxDelayMs: 1000 }, clock(0.9999));
  expect([1, 2, 3, 4, 5, 20].map((retry) => backoff.delay(retry))).toEqual([
    99, 199, 399, 799, 999, 999,
  ]);
});

it('draws each delay at random from zero up to the cap (full jitter)', () => {
  expect(new Backoff({}, clock(0)).delay(3)).toBe(0);
  expect(new Backoff({}, clock(0.5)).delay(3)).toBe(100);
});

it('defaults to 10 attempts and delays of at most 5000 ms', () => {
  const backoff = new Backoff({}, clock(0.9999));
  expect(backoff.maxAttempts).toBe(10);
  expect(backoff.delay(1)).toBe(49);
  expect(backoff.delay(30)).toBe(4999);
});

it('waits the delay with the injected sleep', async () => {
  const delays: number[] = [];
  const backoff = new Backoff({}, { random: () => 0.5, sleep: async (ms) => void delays.push(ms) });
  await backoff.wait(2);
  expect(delays).toEqual([50]);
});

it.each([{ maxAttempts: 0 }, { maxAttempts: 1.5 }, { baseDelayMs: -1 }, { maxDelayMs: NaN }])(
  'refuses %p',
  (options) => {
    expect(() => new Backoff(options)).toThrow(ValidationError);
  },
);
