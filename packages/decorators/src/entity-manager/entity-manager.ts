import {
  type Attributes,
  type BatchWriteResult,
  type GetOptions,
  type Item,
  type Table,
} from '@dokklib/core';
import { primaryKeyOf } from '../mapping/entity-key.js';
import { entityToAttributes } from '../mapping/entity-to-item.js';
import { checkNoKeyChange } from '../mapping/key-change.js';
import { putWrite, updateWrite, versionCondition, versionOf } from '../mapping/entity-write.js';
import { entityReader, itemToEntity } from '../mapping/item-to-entity.js';
import { checkTableBinding } from '../mapping/table-binding.js';
import type { EntityClass, KeyOf, PartialKeyOf } from '../metadata/entity-class.js';
import { ENTITY_TYPE_ATTRIBUTE } from '../metadata/entity-definition.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import { entityClassNamed, entityMetadata, metadataOf } from '../metadata/metadata-registry.js';
import { entityBatchGet } from './entity-batch-get.js';
import type {
  EntityBatchGetOptions,
  EntityBatchWrite,
  EntityBatchWriteOptions,
} from './entity-batch-options.js';
import { entityBatchWriteRequests } from './entity-batch-write-requests.js';
import { entityQuery } from './entity-query.js';
import { allOf, type EntityWriteOptions } from './entity-write-options.js';
import type {
  EntityQueryKey,
  EntityQueryOptions,
  EntityQueryPageOptions,
} from './entity-query-options.js';
import type { EntityQueryPage } from './entity-query-page.js';
import { entityQueryPages } from './entity-query-pages.js';
import { withVersionCheck } from './version-conflict.js';
import type { EntityValidation } from '../validation/entity-validation-options.js';
import { EntityValidator } from '../validation/entity-validator.js';

/** Options of an {@link EntityManager}. */
export interface EntityManagerOptions {
  /** class-validator's checks before writes: options for its `validate`, or `false` for none. */
  readonly validation?: EntityValidation;
}

/** Options of `EntityManager.get`. */
export type EntityGetOptions = Pick<GetOptions, 'consistent'>;

/**
 * Reads and writes decorated entities in a table, one request per call. Writes of
 * `@Version` entities are conditional on the version and raise `VersionConflictError`.
 */
export class EntityManager {
  readonly #validator: EntityValidator;

  /**
   * @param options.validation class-validator's checks before every write of an entity
   * whose class carries its decorators (on by default; `false` turns them off).
   */
  constructor(
    readonly table: Table,
    options: EntityManagerOptions = {},
  ) {
    this.#validator = new EntityValidator(options.validation);
  }

  /**
   * Writes a new entity (version 1, `@CreatedAt`/`@UpdatedAt` stamped) and returns it.
   * @throws {ConditionalCheckFailedError} if an item with its key exists.
   * @throws {EntityValidationError} if it breaks its class-validator constraints.
   */
  async insert<T extends object>(entity: T): Promise<T> {
    const metadata = this.metadataOf(entity);
    await this.#validator.check([entity]);
    const write = putWrite(this.table.config, metadata, entity, this.now(), false);
    await this.table.insert(write.key.pk, write.key.sk, write.attributes);
    return Object.assign(entity, write.properties);
  }

  /**
   * Writes an entity, replacing the item with its key. For `@Version` entities the stored
   * version must be the entity's (or no item exist when it has none).
   * @throws {VersionConflictError} if it is not.
   * @throws {EntityValidationError} if it breaks its class-validator constraints.
   */
  async put<T extends object>(entity: T): Promise<T> {
    const metadata = this.metadataOf(entity);
    await this.#validator.check([entity]);
    const write = putWrite(this.table.config, metadata, entity, this.now(), true);
    await withVersionCheck(metadata, entity, 'put', write.expectedVersion, () =>
      this.table.put(write.key.pk, write.key.sk, write.attributes, { condition: write.condition }),
    );
    return Object.assign(entity, write.properties);
  }

  /** Reads the entity of class `entityClass` with this key, or `undefined`. */
  async get<T extends object>(
    entityClass: EntityClass<T>,
    key: KeyOf<T>,
    options: EntityGetOptions = {},
  ): Promise<T | undefined> {
    const metadata = this.metadataFor(entityClass);
    const { pk, sk } = primaryKeyOf(metadata, key);
    const item = await this.table.get(pk, sk, options);
    if (item === undefined || item[ENTITY_TYPE_ATTRIBUTE] !== metadata.name.name) return undefined;
    return itemToEntity(this.table.config, metadata, item);
  }

  /**
   * Writes the entity's stored properties (all of them, or only those in `changes`, which
   * are also applied to the entity); properties that are `undefined` are removed. The item
   * must exist; for `@Version` entities its version must be the entity's, and is bumped.
   * @throws {VersionConflictError} if the version changed; {ConditionalCheckFailedError} if the item is gone.
   * `options.condition` (e.g. `where(User).prop('email').exists()`) must hold too; when it
   * fails the error is a `ConditionalCheckFailedError`.
   * @throws {KeyChangeError} (a `ValidationError`) if `changes` touch a key property.
   */
  async update<T extends object>(
    entity: T,
    changes?: Partial<T>,
    options: EntityWriteOptions = {},
  ): Promise<T> {
    const metadata = this.metadataOf(entity);
    const target = changes === undefined ? entity : withChanges(metadata, entity, changes);
    // The entity as it will be after the change.
    await this.#validator.check([target]);
    const set = changedAttributes(this.table.config, metadata, target, changes);
    const write = updateWrite(this.table.config, metadata, target, set, this.now());
    await withVersionCheck(metadata, entity, 'update', write.expectedVersion, () =>
      this.table.update(write.key.pk, write.key.sk, write.changes, {
        condition: allOf(write.condition, options.condition),
        mustExist: true,
      }),
    );
    return Object.assign(entity, changes, write.properties);
  }

  /**
   * Deletes an entity (for `@Version` entities, only at the entity's version), or the item
   * of a class and key. Deleting a missing item succeeds unless it is versioned.
   * With `options.condition`, only if it holds (else `ConditionalCheckFailedError`).
   * @throws {VersionConflictError} if a versioned entity changed or went.
   */
  async delete<T extends object>(entity: T, options?: EntityWriteOptions): Promise<void>;
  async delete<T extends object>(
    entityClass: EntityClass<T>,
    key: KeyOf<T>,
    options?: EntityWriteOptions,
  ): Promise<void>;
  async delete<T extends object>(
    target: T | EntityClass<T>,
    keyOrOptions?: KeyOf<T> | EntityWriteOptions,
    classOptions?: EntityWriteOptions,
  ): Promise<void> {
    if (typeof target === 'function') {
      const { pk, sk } = primaryKeyOf(this.metadataFor(target), keyOrOptions ?? {});
      await this.table.delete(pk, sk, { condition: classOptions?.condition });
      return;
    }
    const options = (keyOrOptions ?? {}) as EntityWriteOptions;
    const metadata = this.metadataOf(target);
    const { pk, sk } = primaryKeyOf(metadata, target);
    const expected = versionOf(metadata, target);
    const version =
      expected === undefined ? undefined : versionCondition(this.table.config, metadata, expected);
    await withVersionCheck(metadata, target, 'delete', expected, () =>
      this.table.delete(pk, sk, { condition: allOf(version, options.condition) }),
    );
  }

  /**
   * Reads the entities of a class in one partition of the table or of an index, in sort
   * key order: the key gives the partition key properties and optionally leading sort key
   * properties (a prefix); `options.sortKey` gives a range instead.
   */
  async query<T extends object, O extends EntityQueryOptions<T> = EntityQueryOptions<T>>(
    entityClass: EntityClass<T>,
    key: EntityQueryKey<T, O>,
    options: O | EntityQueryOptions<T> = {},
  ): Promise<T[]> {
    const metadata = this.metadataFor(entityClass);
    const config = this.table.config;
    const query = entityQuery(config, metadata, key, options);
    const items = await this.table.query(query.pk, query.options);
    return items.map(entityReader(config, metadata));
  }

  /**
   * The pages of `query`, one DynamoDB page at a time as they are iterated; each page's
   * `cursor` resumes after it. Arguments and cursor are checked when called, before sending.
   * @throws {InvalidCursorError} for a cursor that is not one of this query's.
   */
  queryPages<T extends object, O extends EntityQueryPageOptions<T> = EntityQueryPageOptions<T>>(
    entityClass: EntityClass<T>,
    key: EntityQueryKey<T, O>,
    options: O | EntityQueryPageOptions<T> = {},
  ): AsyncIterable<EntityQueryPage<T>> {
    return entityQueryPages(this.table, this.metadataFor(entityClass), key, options);
  }

  /**
   * One page of `query` (one request), for web APIs: pass its `cursor` back to get the next.
   * A page may hold fewer than `pageSize` entities, even none, yet have a cursor.
   * @throws {InvalidCursorError} for a cursor that is not one of this query's.
   */
  async queryPage<
    T extends object,
    O extends EntityQueryPageOptions<T> = EntityQueryPageOptions<T>,
  >(
    entityClass: EntityClass<T>,
    key: EntityQueryKey<T, O>,
    options: O | EntityQueryPageOptions<T> = {},
  ): Promise<EntityQueryPage<T>> {
    for await (const page of this.queryPages(entityClass, key, options)) return page;
    return { items: [], cursor: undefined };
  }

  /**
   * Reads every item of the partition that an entity of `entityClass` with this partition
   * key lives in, as instances of their own classes (items of unknown entities are skipped):
   * `queryPartition(User, { username: 'alice' })` gives alice's `User` and her `Membership`s.
   */
  async queryPartition<T extends object>(
    entityClass: EntityClass<T>,
    key: PartialKeyOf<T>,
    options: Pick<EntityQueryOptions<T>, 'reverse' | 'consistent' | 'limit'> = {},
  ): Promise<object[]> {
    const metadata = this.metadataFor(entityClass);
    const { pk } = primaryKeyOf({ ...metadata, sortKey: undefined }, key);
    const { reverse, consistent, limit } = options;
    const items = await this.table.query(pk, { reverse, consistent, limit });
    const config = this.table.config;
    const entities: object[] = [];
    // Most items of a partition are of one entity: its class is looked up again only on a change.
    let type: unknown;
    let read: ((item: Item) => object) | undefined;
    for (const item of items) {
      if (item[ENTITY_TYPE_ATTRIBUTE] !== type || type === undefined) {
        type = item[ENTITY_TYPE_ATTRIBUTE];
        const found = entityClassNamed(String(type));
        read = found === undefined ? undefined : entityReader(config, entityMetadata(found));
      }
      if (read !== undefined) entities.push(read(item));
    }
    return entities;
  }

  /**
   * Reads the entities of a class with these keys, 100 keys per request, retrying
   * unprocessed keys: one entry per key, in order, `undefined` where there is none.
   * @throws {ValidationError} for a key given twice; {BatchGetError} for keys not read.
   */
  batchGet<T extends object>(
    entityClass: EntityClass<T>,
    keys: readonly KeyOf<T>[],
    options?: EntityBatchGetOptions,
  ): Promise<(T | undefined)[]> {
    return entityBatchGet(this.table, this.metadataFor(entityClass), keys, options);
  }

  /**
   * Writes and deletes entities (of any classes), 25 per request, retrying unprocessed
   * writes; not atomic and unconditional. Put entities get their new version and timestamps.
   * @throws {ValidationError} for an item written twice, or a `@Version` entity holding a
   * version (which a batch cannot check) without `ignoreVersions`, before sending.
   * @throws {BatchWriteError} naming the writes not applied.
   */
  async batchWrite(
    writes: EntityBatchWrite,
    options: EntityBatchWriteOptions = {},
  ): Promise<BatchWriteResult> {
    const { ignoreVersions, ...batchOptions } = options;
    await this.#validator.check(writes.put ?? []);
    const batch = entityBatchWriteRequests(this.table.config, writes, this.now(), {
      ignoreVersions,
    });
    const result = await this.table.batchWrite(batch.requests, batchOptions);
    batch.apply();
    return result;
  }

  private metadataFor<T extends object>(entityClass: EntityClass<T>): EntityMetadata<T> {
    const metadata = entityMetadata(entityClass);
    checkTableBinding(this.table.config, metadata);
    return metadata;
  }

  private metadataOf<T extends object>(entity: T): EntityMetadata<T> {
    const metadata = metadataOf(entity);
    checkTableBinding(this.table.config, metadata);
    return metadata;
  }

  private now(): Date {
    return new Date(this.table.config.now());
  }
}

function withChanges<T extends object>(
  metadata: EntityMetadata<T>,
  entity: T,
  changes: Partial<T>,
): T {
  checkNoKeyChange(metadata, entity, changes);
  return Object.assign(
    Object.create(Object.getPrototypeOf(entity) as object) as T,
    entity,
    changes,
  );
}

function changedAttributes(
  config: Table['config'],
  metadata: EntityMetadata,
  entity: object,
  changes: object | undefined,
): Attributes {
  const stored = entityToAttributes(config, metadata, entity);
  const set: Attributes = {};
  for (const attribute of metadata.attributes) {
    if (attribute.role === 'version' || attribute.role === 'createdAt') continue;
    if (changes !== undefined && !(attribute.property in changes)) continue;
    set[attribute.name] = stored[attribute.name];
  }
  for (const [name, value] of Object.entries(stored)) {
    if (!metadata.attributes.some((a) => a.name === name)) set[name] = value;
  }
  return set;
}
