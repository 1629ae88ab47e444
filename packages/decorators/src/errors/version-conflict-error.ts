import { DokklibError, type DokklibErrorOptions } from '@dokklib/core';

/** What a {@link VersionConflictError} knows about the conflict. */
export interface VersionConflictErrorOptions extends DokklibErrorOptions {
  /** The entity whose write was refused. */
  readonly entity: object;
  /** The version the write expected to find. */
  readonly expectedVersion: number | undefined;
  /** The version stored now; `undefined` if the item no longer exists. */
  readonly actualVersion: number | undefined;
}

/**
 * Optimistic locking refused a write: the item's `@Version` changed (or the item went)
 * since the entity was read. Reload the entity, apply the change again and retry.
 */
export class VersionConflictError extends DokklibError {
  readonly code = 'entity.versionConflict';
  /** The entity whose write was refused. */
  readonly entity: object;
  /** The version the write expected to find. */
  readonly expectedVersion: number | undefined;
  /** The version stored now; `undefined` if the item no longer exists. */
  readonly actualVersion: number | undefined;

  constructor(message: string, options: VersionConflictErrorOptions) {
    super(message, options);
    this.entity = options.entity;
    this.expectedVersion = options.expectedVersion;
    this.actualVersion = options.actualVersion;
  }
}
