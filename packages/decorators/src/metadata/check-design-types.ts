import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import type { PropertyDeclaration } from './declarations.js';

/**
 * Refuses properties whose type is unknown: TypeScript's `design:type` metadata is missing
 * (the code was compiled without `emitDecoratorMetadata`) and no `type` option names it.
 * Without a type, Dates, Sets and nested classes would silently come back as strings,
 * arrays and plain objects.
 * @throws {EntityDefinitionError} naming every such property and the two ways out.
 */
export function checkDesignTypes(
  label: string,
  declarations: readonly PropertyDeclaration[],
): void {
  const untyped = declarations.filter((d) => !d.typeKnown).map((d) => d.property);
  if (untyped.length === 0) return;
  throw new EntityDefinitionError(
    `${label}: no type is known for ${untyped.join(', ')}. TypeScript's design:type metadata is missing: the code was compiled without "emitDecoratorMetadata" (esbuild, Vite and tsx never emit it), and dokklib reads Dates, Sets and nested classes back by these types. Compile with tsc (or an esbuild plugin that emits the metadata), or give each decorated property its type: @PartitionKey({ type: String }), @Attribute({ type: Date }).`,
  );
}
