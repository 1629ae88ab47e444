// The CommonJS build's `class-transformer-entry.ts` (scripts/build-package.js puts it in its place).
import { dirname, join } from 'node:path';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import type * as Entry from './class-transformer-entry.js';

let entry: Entry.ClassTransformerEntry | undefined;

/**
 * class-transformer's main entry, required when first needed: most entities never need it,
 * and its ~35 modules were most of what loading this package cost.
 */
export const classTransformerEntry: typeof Entry.classTransformerEntry = () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed
  entry ??= require('class-transformer') as Entry.ClassTransformerEntry;
  return entry;
};

/**
 * `true` when Node's own loader (not a bundle's) holds the very storage module imported here,
 * and `require('class-transformer')` from here resolves to the `index.js` beside it: that
 * entry then requires this same module. `undefined` otherwise (a bundle may resolve
 * `class-transformer` to its ES build, with a storage of its own).
 */
export const entryFillsStorage: typeof Entry.entryFillsStorage = () => {
  try {
    const storagePath = require.resolve('class-transformer/cjs/storage.js');
    const loaded = require.cache[storagePath]?.exports as { defaultMetadataStorage?: unknown };
    if (loaded?.defaultMetadataStorage !== defaultMetadataStorage) return undefined;
    return require.resolve('class-transformer') === join(dirname(storagePath), 'index.js')
      ? true
      : undefined;
  } catch {
    return undefined;
  }
};
