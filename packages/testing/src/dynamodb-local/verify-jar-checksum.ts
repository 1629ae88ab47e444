import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ChecksumMismatchError } from './checksum-mismatch-error.js';

/** Computes the SHA-256 of a file, as lowercase hex, without reading it all into memory. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Checks that `jar` has the SHA-256 `expected`.
 * @throws {ChecksumMismatchError} if it does not.
 */
export async function verifyJarChecksum(jar: string, expected: string): Promise<void> {
  const actual = await sha256OfFile(jar);
  if (actual !== expected.toLowerCase()) throw new ChecksumMismatchError(jar, expected, actual);
}
