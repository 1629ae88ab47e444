/**
 * `Object.prototype.hasOwnProperty`, for `for...in` loops over items: filtered with it, they
 * visit the names `Object.keys` would, in the same order, without building an array of them.
 * Call it as `hasOwn.call(object, name)`.
 */
export const hasOwn = Object.prototype.hasOwnProperty;
