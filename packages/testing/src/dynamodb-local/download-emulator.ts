import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DownloadFailedError } from './download-failed-error.js';
import { DYNAMODB_LOCAL_RELEASE } from './dynamodb-local-release.js';

const run = promisify(execFile);

/**
 * Fetches the pinned `amplify-dynamodb-simulator` tarball with `npm pack` into `workDir` and
 * unpacks only its `package/emulator/` folder there; returns that folder's path.
 * Never installs the package, so none of its scripts run.
 * @throws {DownloadFailedError} if `npm` or `tar` fails.
 */
export async function downloadEmulator(workDir: string): Promise<string> {
  const { packageName, version } = DYNAMODB_LOCAL_RELEASE;
  await runStep('npm pack', 'npm', [
    'pack',
    `${packageName}@${version}`,
    '--pack-destination',
    workDir,
  ]);
  const tarball = await findTarball(workDir);
  await runStep('tar', 'tar', ['-xzf', tarball, '-C', workDir, 'package/emulator']);
  return path.join(workDir, 'package', 'emulator');
}

async function runStep(step: string, file: string, args: string[]): Promise<void> {
  try {
    await run(file, args, { maxBuffer: 16 * 1024 * 1024, windowsHide: true });
  } catch (error) {
    throw new DownloadFailedError(step, describeFailure(error), { cause: error });
  }
}

async function findTarball(dir: string): Promise<string> {
  const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new DownloadFailedError('npm pack', `no .tgz written to ${dir}`);
  return path.join(dir, tarball);
}

function describeFailure(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const detail = typeof stderr === 'string' && stderr.trim() !== '' ? stderr : String(error);
  return detail.trim().split('\n').slice(-5).join('\n');
}
