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
 * Imports class-validator once, when an entity is first validated. The rejection is caught
 * on the import itself: bundlers (esbuild: AWS CDK, SAM, serverless-esbuild) then accept a
 * project without class-validator instead of failing to resolve it, and bundle the
 * project's own copy where it has one.
 */
export function loadClassValidator(): Promise<ClassValidatorImport> {
  return (loading ??= import('class-validator').then(
    (validator) => ({ validator: validator as ClassValidator }),
    (failure: unknown) => ({ failure }),
  ));
}
