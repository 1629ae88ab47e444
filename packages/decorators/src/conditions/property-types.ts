/** The names of an entity's properties that hold data (not methods, not `[KeyProps]`). */
export type PropertyName<T> = {
  [K in Extract<keyof T, string>]-?: NonNullable<T[K]> extends (...args: never[]) => unknown
    ? never
    : K;
}[Extract<keyof T, string>];

/** What `contains` looks for in a property of type `V`: a substring, or a set's or list's element. */
export type ElementOf<V> = V extends string
  ? string
  : V extends ReadonlySet<infer E>
    ? E
    : V extends readonly (infer E)[]
      ? E
      : never;
