import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';

/** A computed value for `set`: written with a DynamoDB function rather than as is. */
export type UpdateAction =
  | { readonly kind: 'ifNotExists'; readonly value: NativeAttributeValue }
  | {
      readonly kind: 'listAppend';
      readonly values: readonly NativeAttributeValue[];
    }
  | {
      readonly kind: 'listPrepend';
      readonly values: readonly NativeAttributeValue[];
    };

/** Marks a computed `set` value. */
export class UpdateFunction {
  constructor(readonly action: UpdateAction) {}
}

/** Sets the attribute only if it has no value yet: `if_not_exists(a, value)`. */
export function ifNotExists(value: NativeAttributeValue): UpdateFunction {
  return new UpdateFunction({ kind: 'ifNotExists', value });
}

/** Appends to a list attribute, creating it if missing: `list_append(a, values)`. */
export function listAppend(values: readonly NativeAttributeValue[]): UpdateFunction {
  return new UpdateFunction({ kind: 'listAppend', values });
}

/** Prepends to a list attribute, creating it if missing: `list_append(values, a)`. */
export function listPrepend(values: readonly NativeAttributeValue[]): UpdateFunction {
  return new UpdateFunction({ kind: 'listPrepend', values });
}
