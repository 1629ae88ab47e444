import type { ClassTransformerCopy } from './locate-class-transformer.js';

/**
 * The copy of class-transformer whose metadata storage this package reads, where the build
 * can tell: the CommonJS build can (`own-class-transformer.cjs.ts`); an ES module cannot
 * without `import.meta`, so here it is `undefined`.
 */
export function ownClassTransformer(): ClassTransformerCopy | undefined {
  return undefined;
}
