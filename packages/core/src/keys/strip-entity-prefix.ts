import { KEY_SEPARATOR } from './key-separator.js';

/**
 * The value part of a stored key: `'USER#alice'` gives `'alice'`.
 * A value with no separator is returned unchanged.
 */
export function stripEntityPrefix(stored: string): string {
  const at = stored.indexOf(KEY_SEPARATOR);
  return at < 0 ? stored : stored.slice(at + 1);
}
