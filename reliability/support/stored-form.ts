import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { canonicalDecimal } from '@dokklib/core';

/**
 * A value as DynamoDB holds it, in one form per stored value, so that what was written and
 * what was read compare with `toEqual`. "Equal" means: numbers by exact decimal value
 * whatever their JavaScript type (number, bigint, NumberValue; -0 is 0, DynamoDB has one
 * zero); strings by code units; binaries by bytes (any view); sets by their elements,
 * unordered; lists by elements in order; maps (plain objects and JavaScript `Map`s alike)
 * by their entries, unordered, an entry whose value is `undefined` being absent.
 */
export type StoredForm =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: string }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly SET: readonly StoredForm[] }
  | { readonly L: readonly StoredForm[] }
  | { readonly M: Readonly<Record<string, StoredForm>> };

/** The {@link StoredForm} of a written or read value. */
export function storedForm(value: unknown): StoredForm {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof NumberValue) {
    return { N: canonicalDecimal(String(value)) };
  }
  if (typeof value === 'boolean') return { BOOL: value };
  if (value === null) return { NULL: true };
  if (ArrayBuffer.isView(value)) {
    return { B: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex') };
  }
  if (value instanceof Set) {
    const elements = [...(value as Set<unknown>)].map(storedForm);
    return { SET: elements.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
  }
  if (Array.isArray(value)) return { L: value.map(storedForm) };
  const entries =
    value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value as object);
  return { M: mapForm(entries) };
}

/** The entries of a map, sorted by name, without those whose value is `undefined`. */
export function mapForm(
  entries: readonly (readonly [string, unknown])[],
): Record<string, StoredForm> {
  const form: Record<string, StoredForm> = {};
  const kept = entries.filter(([, element]) => element !== undefined);
  for (const [name, element] of kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    Object.defineProperty(form, name, { value: storedForm(element), enumerable: true });
  }
  return form;
}
