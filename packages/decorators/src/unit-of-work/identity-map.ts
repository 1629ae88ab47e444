import type { Attributes } from '@dokklib/core';
import type { EntityMetadata } from '../metadata/entity-metadata.js';

/** An entity loaded through a unit of work, with its stored attributes when loaded. */
export interface TrackedEntity {
  readonly entity: object;
  readonly metadata: EntityMetadata;
  /** The attributes as of loading (or the last commit), to find what changed. */
  snapshot: Attributes;
}

/** The entities a unit of work loaded, one instance per class and key. */
export class IdentityMap {
  readonly #byClass = new Map<object, Map<string, TrackedEntity>>();
  readonly #byEntity = new Map<object, TrackedEntity>();

  /** The tracked entity of a class with this key (`String(pk)` + `String(sk)`), if loaded. */
  get(metadata: EntityMetadata, key: string): TrackedEntity | undefined {
    return this.#byClass.get(metadata.target)?.get(key);
  }

  /** Tracks an entity (not tracked yet) under its class and key (not taken yet). */
  set(key: string, tracked: TrackedEntity): void {
    let entities = this.#byClass.get(tracked.metadata.target);
    if (entities === undefined) {
      entities = new Map();
      this.#byClass.set(tracked.metadata.target, entities);
    }
    entities.set(key, tracked);
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

  /** Forgets every entity. */
  clear(): void {
    this.#byClass.clear();
    this.#byEntity.clear();
  }
}
