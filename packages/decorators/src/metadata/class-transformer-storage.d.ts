// class-transformer ships no types beside its CommonJS storage module; this is the part we read.
declare module 'class-transformer/cjs/storage.js' {
  interface ExposeMetadata {
    readonly options: { readonly name?: string };
  }
  export const defaultMetadataStorage: {
    findExposeMetadata(target: object, propertyName: string): ExposeMetadata | undefined;
  };
}
