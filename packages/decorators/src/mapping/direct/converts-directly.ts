import { defaultMetadataStorage as storage } from 'class-transformer/cjs/storage.js';
import { classTransformerEntry, entryFillsStorage } from './class-transformer-entry.js';

/** Types class-transformer converts by a rule of their own, never as a class. */
const OWN_RULES: readonly unknown[] = [String, Number, Boolean, Date, Buffer, Map];
const decided = new WeakMap<object, boolean>();
let sharedStorage: boolean | undefined;

/**
 * Whether the storage read here is the one `class-transformer` (as imported by users) fills:
 * a bundler resolving its ES build beside our CommonJS deep import would give two storages,
 * and every class would look undecorated. Decided once: known under Node's own loader,
 * otherwise checked with a probe class.
 */
export function readsTransformersStorage(): boolean {
  sharedStorage ??= entryFillsStorage() ?? probeStorage();
  return sharedStorage;
}

function probeStorage(): boolean {
  class Probe {}
  classTransformerEntry().Exclude()(Probe.prototype, 'probe');
  return storage._excludeMetadatas.get(Probe)?.has('probe') === true;
}

/**
 * Whether class-transformer (with its default options) treats instances of this class as
 * plain data, so that `directPlainToInstance`/`directInstanceToPlain` give its results:
 * neither the class nor an ancestor carries `@Expose`, `@Exclude` or `@Transform`, every
 * `@Type` on them has no discriminator and is not on a `Map` property, and the class is not
 * one class-transformer handles by a rule of its own (`Date`, `Map`…). Decided once per class.
 */
export function convertsDirectly(target: unknown): boolean {
  if (typeof target !== 'function' || !readsTransformersStorage()) return false;
  let result = decided.get(target);
  if (result === undefined) {
    result = decide(target);
    decided.set(target, result);
  }
  return result;
}

function decide(target: { readonly prototype?: unknown }): boolean {
  const { prototype } = target;
  if (typeof prototype !== 'object' || prototype === null) return false;
  if (OWN_RULES.includes(target) || prototype instanceof Map) return false;
  return [target, ...storage.getAncestors(target)].every(isUndecorated);
}

function isUndecorated(target: unknown): boolean {
  const none = (maps: Map<unknown, Map<string | undefined, unknown>>): boolean =>
    (maps.get(target)?.size ?? 0) === 0;
  if (!none(storage._exposeMetadatas) || !none(storage._excludeMetadatas)) return false;
  if (!none(storage._transformMetadatas)) return false;
  const types = storage._typeMetadatas.get(target);
  return [...(types?.values() ?? [])].every(
    (type) => type.options?.discriminator === undefined && type.reflectedType !== Map,
  );
}
