import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { assignAttribute } from '@dokklib/core';

/**
 * Whether a value is one class-transformer takes apart: it copies a `Uint8Array` (binary)
 * or the SDK's `NumberValue` (an exact number) into a plain object, or empties it.
 */
export function isOpaqueValue(value: unknown): value is Uint8Array | NumberValue {
  return value instanceof Uint8Array || value instanceof NumberValue;
}

/**
 * Puts back at the same places of `converted`, class-transformer's copy of `source`, what
 * the copy lost, at any depth: the opaque values (binary, exact numbers) of `source`, and
 * its `Set`s (copied as arrays, unless a declared type made them `Set`s again); returns the
 * result. Mutates `converted`, which must be a fresh copy.
 */
export function restoreLostValues(converted: unknown, source: unknown): unknown {
  if (typeof source !== 'object' || source === null) return converted;
  if (isOpaqueValue(source)) return source;
  if (!isObject(source) || !isObject(converted) || source instanceof Date) return converted;
  if (source instanceof Set) return restoreSet(converted, source);
  if (Array.isArray(source)) {
    if (Array.isArray(converted)) restoreEach(converted, source);
    return converted;
  }
  if (source instanceof Map) return restoreMap(converted, source as Map<unknown, unknown>);
  const target = converted as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (Object.hasOwn(target, key)) {
      target[key] = restoreLostValues(target[key], (source as Record<string, unknown>)[key]);
    }
  }
  return converted;
}

/** A `Map`'s entries, copied into a `Map` or (by `instanceToPlain`) into a plain object by key text. */
function restoreMap(converted: object, source: Map<unknown, unknown>): unknown {
  if (converted instanceof Map) {
    for (const [key, element] of source) {
      if (converted.has(key)) converted.set(key, restoreLostValues(converted.get(key), element));
    }
    return converted;
  }
  const target = converted as Record<string, unknown>;
  for (const [key, element] of source) {
    const name = String(key);
    if (Object.hasOwn(target, name)) target[name] = restoreLostValues(target[name], element);
  }
  return converted;
}

function restoreSet(converted: object, source: Set<unknown>): unknown {
  const elements = [...source];
  // Binaries were copied as nulls (see `withoutOpaqueValues`), which a Set holds once.
  if (elements.some(isOpaqueValue)) return new Set(elements);
  if (Array.isArray(converted)) {
    restoreEach(converted, elements);
    return new Set(converted);
  }
  if (converted instanceof Set) {
    const restored = [...converted];
    restoreEach(restored, elements);
    return new Set(restored);
  }
  return converted;
}

function restoreEach(converted: unknown[], source: readonly unknown[]): void {
  const length = Math.min(converted.length, source.length);
  for (let index = 0; index < length; index += 1) {
    converted[index] = restoreLostValues(converted[index], source[index]);
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether class-transformer's copy of a stored `value` loses something `restoreLostValues`
 * puts back: an opaque value (binary, exact number) anywhere, or a `Set` other than `value`
 * itself when `setRestored` (a `Set` property, which `restoreTypes` gives its `Set`).
 */
export function containsLostValue(value: object, setRestored = false): boolean {
  if (value instanceof Set) {
    if (!setRestored) return true;
    for (const element of value) if (isLost(element)) return true;
    return false;
  }
  if (isOpaqueValue(value) || value instanceof Date) return isOpaqueValue(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) if (isLost(value[index])) return true;
    return false;
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && isLost((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function isLost(element: unknown): boolean {
  return typeof element === 'object' && element !== null && containsLostValue(element);
}

/**
 * A copy of `value` with `null` in place of each opaque value, for class-transformer,
 * which cannot construct a `NumberValue`; `restoreLostValues` puts them back.
 */
export function withoutOpaqueValues(value: unknown): unknown {
  if (isOpaqueValue(value)) return null;
  if (!isObject(value) || value instanceof Date) return value;
  if (value instanceof Set) return new Set([...value].map(withoutOpaqueValues));
  if (Array.isArray(value)) return value.map(withoutOpaqueValues);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // A map key `__proto__` stays a key (assigned, it would set the copy's prototype).
    assignAttribute(copy, key, withoutOpaqueValues((value as Record<string, unknown>)[key]));
  }
  return copy;
}
