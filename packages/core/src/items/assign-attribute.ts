/**
 * Sets `target[name] = value` as an own property, like a spread would: `'__proto__'` is
 * defined rather than assigned, so it cannot change the target's prototype. Assignment is
 * used otherwise because it is several times faster than spreading into a new literal.
 */
export function assignAttribute<V>(target: Record<string, V>, name: string, value: V): void {
  if (name === '__proto__') {
    Object.defineProperty(target, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[name] = value;
  }
}
