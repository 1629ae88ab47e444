import { randomUUID } from 'node:crypto';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  type CancellationReason,
  type Condition,
  type Table,
  TransactionCanceledError,
} from '@dokklib/core';
import { EntityManager, type EntityGetOptions } from '../entity-manager/entity-manager.js';
import type { EntityQueryKey, EntityQueryOptions } from '../entity-manager/entity-query-options.js';
import { versionConflict } from '../entity-manager/version-conflict.js';
import { EntityNotManagedError } from '../errors/entity-not-managed-error.js';
import { describeEntity, primaryKeyOf } from '../mapping/entity-key.js';
import { entityToAttributes } from '../mapping/entity-to-item.js';
import { keyValuesOf } from '../mapping/key-change.js';
import type { EntityClass, KeyOf } from '../metadata/entity-class.js';
import { entityMetadata, metadataOf } from '../metadata/metadata-registry.js';
import { canonical } from './canonical.js';
import type { ChangeSet } from './change-set.js';
import { computeChangeSets, type RegisteredAction } from './change-set-computer.js';
import {
  applyCommitted,
  type PersistedChangeSet,
  persistChangeSets,
} from './change-set-persister.js';
import { IdentityMap } from './identity-map.js';
import { manageCommitted } from './manage-committed.js';
import { refreshEntity } from './refresh-entity.js';
import { checkChangeSets } from './transaction-limits.js';
import type { EntityValidation } from '../validation/entity-validation-options.js';
import { EntityValidator } from '../validation/entity-validator.js';

/** Options of a {@link UnitOfWork}. */
export interface UnitOfWorkOptions {
  /** class-validator's checks at commit: options for its `validate`, or `false` for none. */
  readonly validation?: EntityValidation;
}

/** A commit built once and re-sent as is when the same commit is retried. */
interface PreparedCommit {
  /** What identifies the commit, computed only when another commit is prepared after it. */
  readonly fingerprint: () => string;
  readonly persisted: readonly PersistedChangeSet[];
  readonly input: TransactWriteCommandInput & { ClientRequestToken: string };
}

/**
 * Collects writes of entities and changes to entities it manages, and commits them as
 * exactly one `TransactWriteItems` request: all or nothing.
 *
 * Entities read through `get`/`query` are managed (one instance per key); at commit, each
 * modified one becomes an update of only its changed attributes, conditional on its
 * `@Version`. A successful commit consumes the registered actions; the entities it wrote
 * stay managed (inserted and put ones become managed), as written, so a later change is
 * written by the next commit; deleted ones are detached. A failed commit changes nothing in
 * memory, and retrying the same commit reuses its `ClientRequestToken`, so DynamoDB applies
 * it at most once. After a `VersionConflictError`, `refresh` the entity, apply the change
 * again and commit. A changed key property of a managed entity is refused (`KeyChangeError`);
 * a condition check of an item that is also updated or deleted is folded into that write.
 */
export class UnitOfWork {
  readonly #entityManager: EntityManager;
  readonly #identityMap = new IdentityMap();
  #actions: RegisteredAction[] = [];
  #prepared: PreparedCommit | undefined;

  readonly #validator: EntityValidator;

  /**
   * @param options.validation class-validator's checks of the entities a commit writes
   * (on by default for classes carrying its decorators; `false` turns them off).
   */
  constructor(
    readonly table: Table,
    options: UnitOfWorkOptions = {},
  ) {
    this.#entityManager = new EntityManager(table, options);
    this.#validator = new EntityValidator(options.validation);
  }

  /**
   * Reads an entity and manages it; the same key gives the same (managed) instance, without
   * reading again: `refresh` re-reads it.
   */
  async get<T extends object>(
    entityClass: EntityClass<T>,
    key: KeyOf<T>,
    options?: EntityGetOptions,
  ): Promise<T | undefined> {
    const tracked = this.#identityMap.get(entityMetadata(entityClass), itemKeyOf(entityClass, key));
    if (tracked !== undefined) return tracked.entity as T;
    const entity = await this.#entityManager.get(entityClass, key, options);
    return entity === undefined ? undefined : this.#track(entity);
  }

  /** Queries entities (as `EntityManager.query`) and tracks them; tracked keys give the tracked instances. */
  async query<T extends object, O extends EntityQueryOptions<T> = EntityQueryOptions<T>>(
    entityClass: EntityClass<T>,
    key: EntityQueryKey<T, O>,
    options?: O,
  ): Promise<T[]> {
    const entities = await this.#entityManager.query(entityClass, key, options);
    return entities.map((entity) => this.#track(entity));
  }

  /** Inserts the entity at commit; the transaction is cancelled if its item exists. */
  insert(entity: object): this {
    return this.#register({ type: 'insert', entity });
  }

  /** Writes the whole entity at commit (with its `@Version` check). */
  put(entity: object): this {
    return this.#register({ type: 'put', entity });
  }

  /** Updates the entity at commit: only changed attributes if it is tracked, all otherwise. */
  update(entity: object): this {
    return this.#register({ type: 'update', entity });
  }

  /** Deletes the entity at commit (with its `@Version` check). */
  delete(entity: object): this {
    return this.#register({ type: 'delete', entity });
  }

  /** Makes the commit require a condition on the item of an entity (or of an object of its key properties). */
  conditionCheck(entity: object, condition: Condition): this {
    return this.#register({ type: 'conditionCheck', entity, condition });
  }

  /** The exact `TransactWriteItems` input `commit()` would send now, or `undefined` if there is nothing to do. */
  toTransactWriteInput(): (TransactWriteCommandInput & { ClientRequestToken: string }) | undefined {
    return this.#prepare()?.input;
  }

  /**
   * Sends every change as one transaction; sends nothing when there is nothing to do. On
   * success the registered actions are consumed, entities hold their new versions, written
   * ones are managed as written and deleted ones detached; on failure nothing changes.
   * @throws {KeyChangeError}, {TooManyActionsError}, {DuplicateItemActionError},
   * {ItemTooLargeError}, {RequestTooLargeError} or {EntityValidationError} before sending; {VersionConflictError} for
   * a stale `@Version`; {TransactionCanceledError} naming the entity and action of each failure.
   */
  async commit(): Promise<void> {
    const prepared = this.#prepare();
    if (prepared === undefined) return;
    await this.#validator.check(writtenEntities(prepared.persisted));
    const consumed = this.#actions.length;
    const args = prepared.persisted.map((p) => p.arg);
    const { input } = prepared;
    try {
      // The prepared input as is (not built again from the arguments): a retry with the same
      // token must send the same request, and building it twice cost a fifth of a commit.
      await this.table.runner.run({
        operation: `unit of work of ${args.length} actions`,
        command: 'TransactWriteItems',
        input,
        send: () => this.table.client.send(new TransactWriteCommand(input)),
        transactionArguments: args,
      });
    } catch (error) {
      throw error instanceof TransactionCanceledError
        ? commitError(error, prepared.persisted)
        : error;
    }
    applyCommitted(prepared.persisted);
    manageCommitted(this.table.config, this.#identityMap, prepared.persisted);
    // Actions registered while the request was in flight are left for the next commit.
    this.#actions.splice(0, consumed);
    this.#prepared = undefined;
  }

  /**
   * Re-reads a managed entity's item (consistently, by the key it was loaded with) into the
   * same instance: its stored properties, version and snapshot, so only later changes count.
   * Its registered actions are kept. Returns it, or `undefined` (and detaches it) if the
   * item no longer exists.
   * @throws {EntityNotManagedError} if this unit of work does not manage the entity.
   */
  async refresh<T extends object>(entity: T): Promise<T | undefined> {
    const tracked = this.#identityMap.find(entity);
    if (tracked === undefined) {
      throw new EntityNotManagedError(
        `${describeEntity(metadataOf(entity), entity)} is not managed by this unit of work; read it with get() instead.`,
      );
    }
    const { metadata, keyValues } = tracked;
    const fresh = await this.#entityManager.get(metadata.target, keyValues as KeyOf<object>, {
      consistent: true,
    });
    if (fresh === undefined) {
      this.#identityMap.delete(tracked);
      return undefined;
    }
    refreshEntity(metadata, entity, fresh);
    tracked.snapshot = entityToAttributes(this.table.config, metadata, entity);
    this.#prepared = undefined;
    return entity;
  }

  /** Stops managing an entity and forgets its registered actions; later changes of it are not written. */
  detach(entity: object): void {
    const tracked = this.#identityMap.find(entity);
    if (tracked !== undefined) this.#identityMap.delete(tracked);
    this.#actions = this.#actions.filter((action) => action.entity !== entity);
  }

  /** Forgets every registered action and detaches every managed entity. */
  clear(): void {
    this.#actions = [];
    this.#identityMap.clear();
    this.#prepared = undefined;
  }

  #register(action: RegisteredAction): this {
    metadataOf(action.entity);
    this.#actions.push(action);
    return this;
  }

  #track<T extends object>(entity: T): T {
    const metadata = metadataOf(entity);
    const { pk, sk } = primaryKeyOf(metadata, entity);
    const key = `${String(pk)}\u0000${String(sk)}`;
    const existing = this.#identityMap.get(metadata, key);
    if (existing !== undefined) return existing.entity as T;
    const snapshot = entityToAttributes(this.table.config, metadata, entity);
    const keyValues = keyValuesOf(metadata, entity);
    this.#identityMap.set({ entity, metadata, key, keyValues, snapshot });
    return entity;
  }

  #prepare(): PreparedCommit | undefined {
    const config = this.table.config;
    const changeSets = computeChangeSets(config, this.#actions, this.#identityMap);
    if (changeSets.length === 0) return undefined;
    checkChangeSets(changeSets);
    const fingerprint = lazyFingerprint(changeSets);
    const previous = this.#prepared;
    if (previous !== undefined && previous.fingerprint() === fingerprint()) return previous;
    const persisted = persistChangeSets(config, changeSets, new Date(config.now()));
    // Core refuses an item over 400 KB and items over 4 MB in all (sizes measured as it builds).
    const input = this.table.requests.transactWriteItems(
      persisted.map((p) => p.arg),
      { clientRequestToken: randomUUID() },
    );
    this.#prepared = { fingerprint, persisted, input };
    return this.#prepared;
  }
}

/** The entities a commit inserts, puts or updates: what validation checks. */
function writtenEntities(persisted: readonly PersistedChangeSet[]): object[] {
  return persisted
    .filter(({ changeSet }) => changeSet.type !== 'delete' && changeSet.type !== 'conditionCheck')
    .map(({ changeSet }) => changeSet.entity);
}

function itemKeyOf(entityClass: EntityClass, key: object): string {
  const { pk, sk } = primaryKeyOf(entityMetadata(entityClass), key);
  return `${String(pk)}\u0000${String(sk)}`;
}

/**
 * The commit's canonical form, computed on first call (most commits are prepared once): the
 * change sets' attributes are copies made for them; versions and the conditions (which may
 * hold the caller's objects) are read now.
 */
function lazyFingerprint(changeSets: readonly ChangeSet[]): () => string {
  const versions = changeSets.map((c) =>
    c.metadata.version === undefined
      ? null
      : (c.entity as Record<string, unknown>)[c.metadata.version.property],
  );
  const conditions = changeSets.some((c) => c.condition !== undefined)
    ? canonical(changeSets.map((c) => c.condition?.node))
    : '';
  let fingerprint: string | undefined;
  // Canonical JSON never holds a raw NUL, so the two parts cannot run into each other.
  return () =>
    (fingerprint ??= `${canonical(
      changeSets.map((c, i) => [c.type, c.itemKey, c.attributes, versions[i]]),
    )}\u0000${conditions}`);
}

function commitError(
  error: TransactionCanceledError,
  persisted: readonly PersistedChangeSet[],
): Error {
  const reasons: CancellationReason<ChangeSet>[] = error.reasons.map((reason) => ({
    ...reason,
    argument: persisted[reason.index]?.changeSet,
  }));
  for (const reason of reasons) {
    const entry = persisted[reason.index];
    if (reason.code !== 'ConditionalCheckFailed' || entry === undefined) continue;
    const { changeSet } = entry;
    if (changeSet.type === 'insert' || changeSet.type === 'conditionCheck') continue;
    const conflict = versionConflict(
      changeSet.metadata,
      changeSet.entity,
      changeSet.type,
      entry.expectedVersion,
      reason.item,
      error,
      'refresh it with UnitOfWork.refresh(), apply the change again and commit',
    );
    if (conflict !== undefined) return conflict;
  }
  const failed = reasons
    .filter((r) => r.code !== 'None')
    .map((r) => `${String(r.argument ?? `#${r.index}`)}: ${r.code}`);
  return new TransactionCanceledError(
    `The unit of work's transaction was cancelled (${failed.join('; ') || 'no reasons given'}); nothing in it was applied.`,
    reasons,
    { cause: error },
  );
}
