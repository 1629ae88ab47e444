import type { TableConfig } from '@dokklib/core';
import { defaultMetadataStorage as storage } from 'class-transformer/cjs/storage.js';
import type {
  AttributeMetadata,
  EntityMetadata,
  KeyMetadata,
} from '../../metadata/entity-metadata.js';
import { customIndex } from '../table-binding.js';
import { convertsDirectly } from './converts-directly.js';
import { definesWithoutSetter } from './direct-plain-to-instance.js';
import { type ClassTypes, type Constructor, typesOf } from './property-type.js';

/** A stored attribute and the slot of its property. */
export interface AttributeSlot {
  readonly slot: number;
  readonly attribute: AttributeMetadata;
}

/** A key attribute of the table and the slots of the properties its text holds, by part. */
export interface KeySlots {
  readonly name: string;
  readonly key: KeyMetadata;
  readonly slots: readonly number[];
}

/** The value of a slot no value was read into (a property the plain object would not have). */
export const ABSENT_VALUE: unique symbol = Symbol('absent');

/**
 * How `itemToEntity` reads the items of one entity class in one table when the class
 * converts directly: each property an item can give has a slot (its attributes' first, in
 * declaration order, then the key properties).
 */
export interface ItemReadPlan {
  readonly target: Constructor;
  /** The `@Type`s of the class (`typesOf`) for each slot whose property has one, else `undefined`. */
  readonly types: readonly (ClassTypes | undefined)[];
  /** The property of each slot. */
  readonly properties: readonly string[];
  /**
   * Whether the class's prototype defines each slot's property without a setter (class-transformer
   * leaves such a property alone). Looked up once per class and table, like the class's metadata.
   */
  readonly definedOnPrototype: readonly boolean[];
  /** A value per slot, each `ABSENT_VALUE`: a copy holds the values read from one item. */
  readonly absentValues: readonly unknown[];
  readonly attributes: readonly AttributeSlot[];
  /** The key attributes in the order `itemToEntity` decodes them: a later one's values win. */
  readonly keys: readonly KeySlots[];
}

/**
 * Property names a plain object does not hold as ordinary own properties in insertion order
 * (`__proto__` sets its prototype, array indices come first), or that class-transformer
 * looks at on the object itself (`constructor`, `then`): classes with such properties are
 * read through the plain object.
 */
const SPECIAL_PROPERTY = /^(?:__proto__|constructor|then|0|[1-9]\d*)$/;

const plans = new WeakMap<TableConfig, WeakMap<EntityMetadata, ItemReadPlan | null>>();

/**
 * The read plan of an entity class in a table (made once), or `undefined` when its items
 * are read through a plain object: the class does not convert directly, or has a property
 * of a special name.
 * @throws {EntityDefinitionError} if the entity declares keys of an index the table lacks.
 */
export function itemReadPlan(
  config: TableConfig,
  metadata: EntityMetadata,
): ItemReadPlan | undefined {
  let byEntity = plans.get(config);
  if (byEntity === undefined) {
    byEntity = new WeakMap();
    plans.set(config, byEntity);
  }
  let plan = byEntity.get(metadata);
  if (plan === undefined) {
    plan = makePlan(config, metadata);
    byEntity.set(metadata, plan);
  }
  return plan ?? undefined;
}

function makePlan(config: TableConfig, metadata: EntityMetadata): ItemReadPlan | null {
  const properties = metadata.attributes.map((a) => a.property);
  const attributes = metadata.attributes.map((attribute, slot) => ({ slot, attribute }));
  const keys: KeySlots[] = [];
  const addKey = (name: string, key: KeyMetadata | undefined) => {
    if (key === undefined) return;
    const slots = key.parts.map(({ property }) => {
      const slot = properties.indexOf(property);
      return slot < 0 ? properties.push(property) - 1 : slot;
    });
    keys.push({ name, key, slots });
  };
  for (const indexKeys of metadata.indexKeys) {
    const index = customIndex(config, metadata, indexKeys.indexName);
    addKey(index.partitionKey, indexKeys.partitionKey);
    addKey(index.sortKey, indexKeys.sortKey);
  }
  addKey(config.primaryIndex.sortKey, metadata.sortKey);
  addKey(config.primaryIndex.partitionKey, metadata.partitionKey);
  const target = metadata.target as Constructor;
  if (!convertsDirectly(target) || properties.some((p) => SPECIAL_PROPERTY.test(p))) return null;
  const absentValues = properties.map(() => ABSENT_VALUE);
  const classTypes = typesOf(target);
  const types = properties.map((p) =>
    storage.findTypeMetadata(target, p) === undefined ? undefined : classTypes,
  );
  const definedOnPrototype = properties.map((p) => definesWithoutSetter(target.prototype, p));
  return { target, types, properties, definedOnPrototype, absentValues, attributes, keys };
}
