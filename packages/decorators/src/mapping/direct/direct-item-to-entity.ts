import { type Item, stripEntityPrefix } from '@dokklib/core';
import { decodeKeyPart, decodeKeyParts } from '../composite-key.js';
import { isOpaqueValue } from '../lost-values.js';
import { fromStoredValue } from '../restore-types.js';
import { setConvertedProperty } from './direct-plain-to-instance.js';
import { ABSENT_VALUE, type ItemReadPlan, type KeySlots } from './item-read-plan.js';
import { NotDirect } from './not-direct.js';

/** The values read from one item, by slot, and the slots in the order they were first set. */
interface ReadValues {
  readonly values: unknown[];
  readonly order: number[];
}

/**
 * The entity `itemToEntity` makes of an item, before `restoreTypes`: what
 * `directPlainToInstance` makes of the plain object `itemToEntity` reads from the item,
 * computed from the item's values without making that object (unless a `@Type` function
 * reads it).
 * @throws {NotDirect} where the plain object's conversion would (see `directPlainToInstance`).
 */
export function directItemToEntity(plan: ItemReadPlan, item: Item): Record<string, unknown> {
  return convertValues(plan, readValues(plan, item));
}

function readValues(plan: ItemReadPlan, item: Item): ReadValues {
  const read: ReadValues = { values: plan.absentValues.slice(), order: [] };
  const { values, order } = read;
  for (const { slot, attribute } of plan.attributes) {
    const value: unknown = item[attribute.name];
    if (value === undefined) continue;
    // Binary, exact numbers and Sets not of a Set property are put back on the other path
    // (deeper ones make `setConvertedProperty` defer).
    if (typeof value === 'object' && value !== null) {
      if (isOpaqueValue(value) || (value instanceof Set && attribute.designType !== Set)) {
        throw new NotDirect();
      }
    }
    values[slot] = fromStoredValue(attribute, value);
    order.push(slot);
  }
  for (const key of plan.keys) {
    const stored: unknown = item[key.name];
    if (typeof stored === 'string') readKey(read, key, stripEntityPrefix(stored));
  }
  return read;
}

function readKey(read: ReadValues, { key, slots }: KeySlots, text: string): void {
  if (slots.length === 1) setValue(read, slots[0], decodeKeyPart(key.parts[0], text));
  else decodeKeyParts(key, text, (index, value) => setValue(read, slots[index], value));
}

function setValue({ values, order }: ReadValues, slot: number, value: unknown): void {
  if (values[slot] === ABSENT_VALUE) order.push(slot);
  values[slot] = value;
}

function convertValues(plan: ItemReadPlan, read: ReadValues): Record<string, unknown> {
  const { target, types, properties, definedOnPrototype } = plan;
  const entity = new target() as Record<string, unknown>;
  // The instance's own class (whose prototype the plan looked at), unless its constructor made another.
  const ownClass = entity.constructor === target;
  let plain: Record<string, unknown> | undefined;
  const plainObject = () => (plain ??= makePlainObject(plan, read));
  for (const slot of read.order) {
    const property = properties[slot];
    // Once made, the plain object is read as class-transformer reads it (a `@Type` function may change it).
    const value = plain === undefined ? read.values[slot] : plain[property];
    const onPrototype = ownClass ? definedOnPrototype[slot] : undefined;
    setConvertedProperty(
      entity,
      target,
      types[slot],
      property,
      value,
      plain ?? plainObject,
      onPrototype,
    );
  }
  return entity;
}

/** The plain object `itemToEntity` would convert: the values read, in the order first set. */
function makePlainObject(
  plan: ItemReadPlan,
  { values, order }: ReadValues,
): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const slot of order) plain[plan.properties[slot]] = values[slot];
  return plain;
}
