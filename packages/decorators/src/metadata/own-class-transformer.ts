/**
 * The folder of the class-transformer whose metadata storage this package reads, where the
 * build can tell: the CommonJS build can (`own-class-transformer.cjs.ts`); an ES module
 * cannot without `import.meta`, so here it is `undefined`.
 */
export function ownClassTransformer(): string | undefined {
  return undefined;
}
