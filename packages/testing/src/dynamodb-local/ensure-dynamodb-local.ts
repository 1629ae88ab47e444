import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { downloadEmulator } from './download-emulator.js';
import { DownloadFailedError } from './download-failed-error.js';
import { DYNAMODB_LOCAL_JAR, DYNAMODB_LOCAL_RELEASE } from './dynamodb-local-release.js';
import { resolveCacheDir } from './resolve-cache-dir.js';
import { verifyJarChecksum } from './verify-jar-checksum.js';

/**
 * Makes sure `dir` holds the pinned DynamoDB Local and returns `dir`, made absolute.
 *
 * Downloads it on first use (about 56 MB, a few seconds), then reuses it. The download is
 * unpacked and checked in a temporary folder next to `dir` and moved into place with one
 * atomic rename, so concurrent runs never see a half-written or unverified cache.
 * @param dir defaults to {@link resolveCacheDir} of the environment and home folder.
 * @throws {DownloadFailedError} if the download fails.
 * @throws {ChecksumMismatchError} if the jar is not the pinned build.
 */
export async function ensureDynamoDBLocal(
  dir: string = resolveCacheDir(process.env, homedir()),
): Promise<string> {
  dir = path.resolve(dir);
  const jar = path.join(dir, DYNAMODB_LOCAL_JAR);
  if (!(await exists(jar))) await install(dir);
  await verifyJarChecksum(jar, DYNAMODB_LOCAL_RELEASE.jarSha256);
  return dir;
}

async function install(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true });
  const workDir = await mkdtemp(path.join(parent, `.${path.basename(dir)}.download-`));
  try {
    const emulator = await downloadEmulator(workDir);
    await verifyJarChecksum(
      path.join(emulator, DYNAMODB_LOCAL_JAR),
      DYNAMODB_LOCAL_RELEASE.jarSha256,
    );
    await moveIntoPlace(emulator, dir);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Renames `from` to `to`; losing the race to another process that installed `to` is fine. */
async function moveIntoPlace(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if (await exists(path.join(to, DYNAMODB_LOCAL_JAR))) return;
    const detail = `cannot move it to ${to}: ${(error as Error).message}`;
    throw new DownloadFailedError('install', detail, { cause: error });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
