import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChecksumMismatchError } from './checksum-mismatch-error.js';
import { sha256OfFile, verifyJarChecksum } from './verify-jar-checksum.js';

describe('verifyJarChecksum', () => {
  // SHA-256 of the ASCII bytes "hello".
  const helloSha256 = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';
  let dir: string;
  let jar: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dokklib-checksum-'));
    jar = path.join(dir, 'DynamoDBLocal.jar');
    await writeFile(jar, 'hello');
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('computes the SHA-256 of a file', async () => {
    await expect(sha256OfFile(jar)).resolves.toBe(helloSha256);
  });

  it('accepts a file with the expected checksum, in either case', async () => {
    await expect(verifyJarChecksum(jar, helloSha256.toUpperCase())).resolves.toBeUndefined();
  });

  it('refuses a file with another checksum', async () => {
    const error = await verifyJarChecksum(jar, 'ab'.repeat(32)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect(error).toMatchObject({
      code: 'dynamodbLocal.checksumMismatch',
      file: jar,
      actual: helloSha256,
    });
    expect((error as Error).message).toContain('Refusing to run');
  });
});
