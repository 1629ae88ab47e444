import { ConditionalCheckFailedError, type Item } from '@dokklib/core';
import { VersionConflictError } from '../errors/version-conflict-error.js';
import { describeEntity } from '../mapping/entity-key.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';

/**
 * The `VersionConflictError` for a failed condition of a versioned write, when the
 * stored item (`undefined` if gone) does not have the expected version; otherwise `undefined`.
 * `advice` ends the message: what the caller should do.
 */
export function versionConflict(
  metadata: EntityMetadata,
  entity: object,
  action: string,
  expectedVersion: number | undefined,
  stored: Item | undefined,
  cause: unknown,
  advice = 'reload it and retry',
): VersionConflictError | undefined {
  const version = metadata.version;
  if (version === undefined) return undefined;
  const actual = stored?.[version.name] as number | undefined;
  if (stored !== undefined && actual === expectedVersion) return undefined;
  const now = stored === undefined ? 'it no longer exists' : `it is at version ${String(actual)}`;
  const expected = expectedVersion === undefined ? 'no item' : `version ${expectedVersion}`;
  return new VersionConflictError(
    `${action} of ${describeEntity(metadata, entity)} expected ${expected} but ${now}; ${advice}.`,
    { entity, expectedVersion, actualVersion: actual, cause },
  );
}

/** Runs a versioned write, turning a failed version condition into a `VersionConflictError`. */
export async function withVersionCheck<R>(
  metadata: EntityMetadata,
  entity: object,
  action: string,
  expectedVersion: number | undefined,
  write: () => Promise<R>,
): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedError)) throw error;
    throw versionConflict(metadata, entity, action, expectedVersion, error.item, error) ?? error;
  }
}
