/** The part of class-validator this package uses. */
export interface ClassValidator {
  validate(entity: object, options?: object): Promise<ValidationErrorLike[]>;
  getMetadataStorage(): {
    getTargetValidationMetadatas(
      target: object,
      schema: string,
      always: boolean,
      strictGroups: boolean,
      groups?: string[],
    ): readonly unknown[];
  };
}

/** class-validator's `ValidationError`, as read here. */
export interface ValidationErrorLike {
  readonly property: string;
  readonly constraints?: Record<string, string>;
  readonly children?: readonly ValidationErrorLike[];
}

/** What importing class-validator gave: the module, or why it could not be imported. */
export type ClassValidatorImport =
  | { readonly validator: ClassValidator }
  | { readonly validator?: undefined; readonly failure: unknown };

let loading: Promise<ClassValidatorImport> | undefined;

/**
 * Imports class-validator once, when an entity is first validated. The import sits in a
 * `try` of its own: bundlers then accept a project without class-validator (esbuild, as AWS
 * CDK, SAM and serverless-esbuild run it, leaves it out; webpack warns) instead of failing
 * to resolve it, and bundle the project's own copy where it has one.
 */
export function loadClassValidator(): Promise<ClassValidatorImport> {
  return (loading ??= importClassValidator());
}

async function importClassValidator(): Promise<ClassValidatorImport> {
  try {
    return { validator: (await import('class-validator')) as ClassValidator };
  } catch (failure) {
    return { failure };
  }
}
