import path from 'node:path';
import { DYNAMODB_LOCAL_RELEASE } from './dynamodb-local-release.js';

/** Environment variable that overrides where DynamoDB Local is cached. */
export const DYNAMODB_LOCAL_DIR_ENV = 'DOKKLIB_DYNAMODB_LOCAL_DIR';

/** The environment variables that choose the cache folder. */
export interface CacheDirEnv {
  readonly DOKKLIB_DYNAMODB_LOCAL_DIR?: string | undefined;
  readonly XDG_CACHE_HOME?: string | undefined;
}

/**
 * Chooses the folder that holds the DynamoDB Local jar:
 * `$DOKKLIB_DYNAMODB_LOCAL_DIR`, else `$XDG_CACHE_HOME/dokklib/dynamodb-local-<version>`,
 * else `<home>/.cache/dokklib/dynamodb-local-<version>`. Empty variables count as unset.
 */
export function resolveCacheDir(env: CacheDirEnv, homeDir: string): string {
  const explicit = env.DOKKLIB_DYNAMODB_LOCAL_DIR;
  if (explicit) return path.resolve(explicit);
  const cacheHome = env.XDG_CACHE_HOME || path.join(homeDir, '.cache');
  return path.resolve(cacheHome, 'dokklib', `dynamodb-local-${DYNAMODB_LOCAL_RELEASE.version}`);
}
