import type { Attributes } from '@dokklib/core';
import type { EntityMetadata } from '../metadata/entity-metadata.js';

/** An entity a unit of work manages, with its stored attributes when loaded or last written. */
export interface TrackedEntity {
  readonly entity: object;
  readonly metadata: EntityMetadata;
  /** The item's key (`String(pk)` + `String(sk)`) when the entity was loaded or written. */
  readonly key: string;
  /** The key property values then, to refuse a change of key. */
  readonly keyValues: Readonly<Record<string, unknown>>;
  /** The attributes as of loading (or the last commit), to find what changed. */
  snapshot: Attributes;
}

/** The entities a unit of work manages, one instance per class and key. */
export class IdentityMap {
  readonly #byClass = new Map<object, Map<string, TrackedEntity>>();
  readonly #byEntity = new Map<object, TrackedEntity>();

  /** The tracked entity of a class with this key (`String(pk)` + `String(sk)`), if loaded. */
  get(metadata: EntityMetadata, key: string): TrackedEntity | undefined {
    return this.#byClass.get(metadata.target)?.get(key);
  }

  /** Tracks an entity (not tracked yet) under its class and key (not taken yet). */
  set(tracked: TrackedEntity): void {
    let entities = this.#byClass.get(tracked.metadata.target);
    if (entities === undefined) {
      entities = new Map();
      this.#byClass.set(tracked.metadata.target, entities);
    }
    entities.set(tracked.key, tracked);
    this.#byEntity.set(tracked.entity, tracked);
  }

  /** The tracked entry of an entity instance, if it is tracked. */
  find(entity: object): TrackedEntity | undefined {
    return this.#byEntity.get(entity);
  }

  /** Every tracked entity, in loading order per class. */
  values(): TrackedEntity[] {
    return [...this.#byClass.values()].flatMap((entities) => [...entities.values()]);
  }

  /** Forgets one entity. */
  delete(tracked: TrackedEntity): void {
    this.#byClass.get(tracked.metadata.target)?.delete(tracked.key);
    this.#byEntity.delete(tracked.entity);
  }

  /** Forgets every entity. */
  clear(): void {
    this.#byClass.clear();
    this.#byEntity.clear();
  }
}
