// class-transformer ships no types beside its CommonJS storage module; this is the part we read.
declare module 'class-transformer/cjs/storage.js' {
  interface ExposeMetadata {
    readonly options: { readonly name?: string };
  }
  /** A `@Type` declaration: the type function and the property's `design:type`. */
  export interface TypeMetadata {
    readonly typeFunction?: (options: {
      newObject: unknown;
      object: unknown;
      property: string;
    }) => unknown;
    readonly reflectedType: unknown;
    readonly options?: { readonly discriminator?: unknown };
  }
  /** The storage's per-class maps (class -> property name or `undefined` -> metadata). */
  type MetadataMaps = Map<unknown, Map<string | undefined, unknown>>;
  export const defaultMetadataStorage: {
    findExposeMetadata(target: object, propertyName: string): ExposeMetadata | undefined;
    findTypeMetadata(target: object, propertyName: string): TypeMetadata | undefined;
    getAncestors(target: object): readonly object[];
    readonly _typeMetadatas: Map<unknown, Map<string | undefined, TypeMetadata>>;
    readonly _transformMetadatas: MetadataMaps;
    readonly _exposeMetadatas: MetadataMaps;
    readonly _excludeMetadatas: MetadataMaps;
  };
}
