import { UnsupportedValueError, ValidationError } from '@dokklib/core';

/** Map keys class-transformer cannot carry: it crashes on `constructor` and drops the others on read. */
const OBJECT_MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** What class-transformer cannot carry to DynamoDB and back, and where it is (last step first). */
interface Finding {
  readonly problem: 'objectMemberKey' | 'unstorableSet' | 'listHole' | 'function';
  readonly path: string[];
}

/**
 * Refuses a stored property's value that holds, at any depth, what cannot be stored and read
 * back as it is:
 * - a map key that names a member of `Object.prototype` (`constructor`, `toString`,
 *   `valueOf`, `__proto__`…), which class-transformer would lose or crash on;
 * - below the property itself, a `Set` that DynamoDB cannot hold as a set (an empty one, or
 *   one not all of strings, all of numbers or all of binaries) where no declared type makes
 *   it a `Set` again (a property of a nested class whose design type is `Set`): stored as a
 *   list, it would read back as an array.
 * - a hole (an empty slot) in a list, which class-transformer drops, shifting the elements
 *   after it;
 * - a function, which class-transformer calls, storing what it returns.
 * `where` names the property: `'Order.meta'`.
 * @throws {ValidationError} naming the path of the first such key or hole.
 * @throws {UnsupportedValueError} naming the path of the first such set or function.
 */
export function checkTransformable(value: unknown, where: string): void {
  const found = findUntransformable(value, new Set(), true);
  if (found === undefined) return;
  const path = `${where}${found.path.reverse().join('')}`;
  if (found.problem === 'objectMemberKey') {
    throw new ValidationError(
      `${path} is a map key that names a member of Object.prototype; class-transformer cannot store and read it back. Rename the key.`,
    );
  }
  if (found.problem === 'listHole') {
    throw new ValidationError(
      `${path} is a hole (an empty slot) in a list, which class-transformer would drop, shifting the elements after it; use null.`,
    );
  }
  if (found.problem === 'function') {
    throw new UnsupportedValueError(
      `${path} is a function, which class-transformer would call, storing what it returns; store a value.`,
    );
  }
  throw new UnsupportedValueError(
    `${path} is a Set that DynamoDB cannot hold as a set (it is empty, or not all of strings, all of numbers or all of binaries); stored as a list it would read back as an array. Store a non-empty Set of one of those kinds, or a list, or declare the property as a Set in a nested class (with @Type).`,
  );
}

/**
 * The first finding, depth first, with its path built only when found. `setRestored` is
 * whether a `Set` at this place reads back as a `Set` whatever it holds (its declared type says so).
 */
function findUntransformable(
  value: unknown,
  seen: Set<object>,
  setRestored: boolean,
): Finding | undefined {
  if (typeof value === 'function') return { problem: 'function', path: [] };
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (value instanceof Set && !setRestored && !isStorableSet(value)) {
    return { problem: 'unstorableSet', path: [] };
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      if (!(index in value)) return { problem: 'listHole', path: [`[${index}]`] };
      const found = findUntransformable(value[index], seen, false);
      if (found !== undefined) return within(found, `[${index}]`);
    }
    return undefined;
  }
  if (value instanceof Set) {
    let index = 0;
    for (const element of value as Iterable<unknown>) {
      const found = findUntransformable(element, seen, false);
      if (found !== undefined) return within(found, `[${index}]`);
      index += 1;
    }
    return undefined;
  }
  if (value instanceof Map) return findInMap(value as Map<unknown, unknown>, seen);
  const prototype = Object.getPrototypeOf(value) as unknown;
  const plain = prototype === Object.prototype || prototype === null;
  if (!plain && !isEntityLike(value)) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (plain) {
    const member = keys.find((key) => OBJECT_MEMBER_NAMES.has(key));
    if (member !== undefined) return { problem: 'objectMemberKey', path: [`.${member}`] };
  }
  for (const key of keys) {
    const element = record[key];
    const declaredSet =
      element instanceof Set && !plain && Reflect.getMetadata('design:type', record, key) === Set;
    const found = findUntransformable(element, seen, declaredSet);
    if (found !== undefined) return within(found, `.${key}`);
  }
  return undefined;
}

function findInMap(map: Map<unknown, unknown>, seen: Set<object>): Finding | undefined {
  for (const [key, element] of map) {
    const step = `.${String(key)}`;
    if (OBJECT_MEMBER_NAMES.has(String(key))) return { problem: 'objectMemberKey', path: [step] };
    const found = findUntransformable(element, seen, false);
    if (found !== undefined) return within(found, step);
  }
  return undefined;
}

function within(found: Finding, step: string): Finding {
  found.path.push(step);
  return found;
}

/**
 * Whether DynamoDB holds `set` as a set (SS, NS or BS), which reads back as a `Set`: it is
 * not empty, and its elements are all strings, all numbers (`number`, `bigint`, the SDK's
 * `NumberValue`) or all binaries.
 */
export function isStorableSet(set: ReadonlySet<unknown>): boolean {
  if (set.size === 0) return false;
  let kind: string | undefined;
  for (const element of set) {
    const elementKind = setElementKind(element);
    if (elementKind === undefined || (kind !== undefined && elementKind !== kind)) return false;
    kind = elementKind;
  }
  return true;
}

function setElementKind(element: unknown): string | undefined {
  if (typeof element === 'string') return 'S';
  if (typeof element === 'number' || typeof element === 'bigint') return 'N';
  if (typeof element !== 'object' || element === null) return undefined;
  if (element.constructor?.name === 'NumberValue') return 'N';
  return ArrayBuffer.isView(element) ? 'B' : undefined;
}

/** A nested class instance (walked for its maps); not a Date, binary or the SDK's NumberValue. */
function isEntityLike(value: object): boolean {
  return (
    !(value instanceof Date || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) &&
    value.constructor?.name !== 'NumberValue'
  );
}
