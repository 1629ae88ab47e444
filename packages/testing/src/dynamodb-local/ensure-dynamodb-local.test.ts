import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChecksumMismatchError } from './checksum-mismatch-error.js';
import { downloadEmulator } from './download-emulator.js';
import { ensureDynamoDBLocal } from './ensure-dynamodb-local.js';

jest.mock('./download-emulator.js');
const download = jest.mocked(downloadEmulator);

describe('ensureDynamoDBLocal', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'dokklib-ensure-'));
    download.mockReset();
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  it('refuses a cached jar that is not the pinned build, without downloading', async () => {
    const dir = path.join(root, 'cache');
    await mkdir(dir);
    await writeFile(path.join(dir, 'DynamoDBLocal.jar'), 'not the jar');
    await expect(ensureDynamoDBLocal(dir)).rejects.toThrow(ChecksumMismatchError);
    expect(download).not.toHaveBeenCalled();
  });

  it('leaves no cache behind when a download has the wrong checksum', async () => {
    download.mockImplementation(async (workDir) => {
      const emulator = path.join(workDir, 'package', 'emulator');
      await mkdir(emulator, { recursive: true });
      await writeFile(path.join(emulator, 'DynamoDBLocal.jar'), 'tampered');
      return emulator;
    });
    const dir = path.join(root, 'cache');
    await expect(ensureDynamoDBLocal(dir)).rejects.toThrow(ChecksumMismatchError);
    expect(download).toHaveBeenCalledTimes(1);
    expect(await readdir(root)).toEqual([]);
  });
});
