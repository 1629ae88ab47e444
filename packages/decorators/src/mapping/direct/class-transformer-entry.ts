import * as classTransformer from 'class-transformer';

/** class-transformer's main entry: what users import `@Type`, `@Exclude`… from. */
export type ClassTransformerEntry = typeof classTransformer;

/**
 * class-transformer's main entry, imported as users import it (`from 'class-transformer'`),
 * so that a bundler resolves it as it resolves theirs. The CommonJS build loads it only
 * when first called instead (`class-transformer-entry.cjs.ts`): an ES module cannot.
 */
export function classTransformerEntry(): ClassTransformerEntry {
  return classTransformer;
}

/**
 * Whether the main entry is known, without loading it, to fill the metadata storage
 * imported here (`class-transformer/cjs/storage.js`); `undefined` when it is not known.
 * Only the CommonJS build tells (under Node's own loader); here it is `undefined`.
 */
export function entryFillsStorage(): boolean | undefined {
  return undefined;
}
