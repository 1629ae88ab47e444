import path from 'node:path';
import { resolveCacheDir } from './resolve-cache-dir.js';

describe('resolveCacheDir', () => {
  const home = '/home/alice';

  it('uses DOKKLIB_DYNAMODB_LOCAL_DIR when set', () => {
    const env = { DOKKLIB_DYNAMODB_LOCAL_DIR: '/opt/ddb', XDG_CACHE_HOME: '/xdg' };
    expect(resolveCacheDir(env, home)).toBe('/opt/ddb');
  });

  it('makes a relative DOKKLIB_DYNAMODB_LOCAL_DIR absolute', () => {
    const env = { DOKKLIB_DYNAMODB_LOCAL_DIR: 'ddb' };
    expect(resolveCacheDir(env, home)).toBe(path.resolve('ddb'));
  });

  it('uses XDG_CACHE_HOME next', () => {
    expect(resolveCacheDir({ XDG_CACHE_HOME: '/xdg' }, home)).toBe(
      '/xdg/dokklib/dynamodb-local-2.9.30',
    );
  });

  it('falls back to ~/.cache, treating empty variables as unset', () => {
    const env = { DOKKLIB_DYNAMODB_LOCAL_DIR: '', XDG_CACHE_HOME: '' };
    expect(resolveCacheDir(env, home)).toBe('/home/alice/.cache/dokklib/dynamodb-local-2.9.30');
  });
});
