/** Data-only operations on a core `Table`, so counterexamples print readably. */

/** A key of the small key space: entity and value suffix (the namespace is added when run). */
export type KeyRef = readonly [entity: 'USER' | 'GROUP' | 'ORDER', value: string];

/** A condition or filter in data form. */
export type ConditionData =
  | {
      readonly op: 'eq' | 'ne' | 'lt' | 'ge';
      readonly attr: 'n' | 's';
      readonly value: number | string;
    }
  | { readonly op: 'between'; readonly low: number; readonly high: number }
  | { readonly op: 'in'; readonly values: readonly number[] }
  | {
      readonly op: 'exists' | 'notExists';
      readonly attr: 'n' | 's' | 'tags' | 'list' | 'm' | 'PK' | 'SK';
    }
  | { readonly op: 'beginsWith'; readonly prefix: string }
  | { readonly op: 'contains'; readonly attr: 'tags' | 's'; readonly value: string }
  | { readonly op: 'sizeGt'; readonly attr: 'list' | 'tags' | 's'; readonly size: number }
  | { readonly op: 'type'; readonly attr: 'n' | 's' | 'm'; readonly type: 'N' | 'S' | 'M' }
  | { readonly op: 'nested'; readonly value: number }
  | { readonly op: 'and' | 'or'; readonly left: ConditionData; readonly right: ConditionData }
  | { readonly op: 'not'; readonly inner: ConditionData };

/** Attributes written by puts. */
export type AttributesData = Readonly<Record<string, unknown>>;

/** Changes of an update in data form. */
export interface ChangesData {
  readonly set?: Readonly<Record<string, unknown>>;
  readonly ifNotExists?: number;
  readonly listAppend?: readonly number[];
  readonly listPrepend?: readonly number[];
  readonly remove?: readonly ('s' | 'tags' | 'list' | 'm' | 'm.a')[];
  readonly add?: { readonly n?: number; readonly tags?: readonly string[] };
  readonly delete?: readonly string[];
}

/** A sort key condition in data form. */
export type SortKeyData =
  | { readonly kind: 'eq' | 'lt' | 'le' | 'gt' | 'ge'; readonly key: KeyRef }
  | { readonly kind: 'prefix'; readonly entity: KeyRef[0]; readonly value: string }
  | {
      readonly kind: 'between';
      readonly entity: KeyRef[0];
      readonly low: string;
      readonly high: string;
    };

/** Options of a query in data form. */
export interface QueryData {
  readonly inverse: boolean;
  readonly pk: KeyRef;
  readonly sortKey?: SortKeyData;
  readonly filter?: ConditionData;
  readonly attributes?: readonly ('n' | 's' | 'tags' | 'm.a' | 'PK' | 'SK')[];
  readonly reverse?: boolean;
  readonly limit?: number;
  readonly pageSize?: number;
}

/** One operation of a sequence. */
export type Operation =
  | {
      readonly kind: 'put';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly attributes: AttributesData;
      readonly allowOverwrite?: boolean;
      readonly condition?: ConditionData;
    }
  | {
      readonly kind: 'insert';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly attributes: AttributesData;
    }
  | {
      readonly kind: 'get';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly attributes?: QueryData['attributes'];
    }
  | {
      readonly kind: 'update';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly changes: ChangesData;
      readonly condition?: ConditionData;
      readonly mustExist?: boolean;
      readonly returnValues?: 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';
    }
  | {
      readonly kind: 'delete';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly idempotent?: boolean;
      readonly condition?: ConditionData;
    }
  | { readonly kind: 'query' | 'queryPages'; readonly query: QueryData }
  | {
      readonly kind: 'queryPrefix';
      readonly inverse: boolean;
      readonly pk: KeyRef;
      readonly entity: KeyRef[0];
      readonly limit?: number;
    }
  | { readonly kind: 'batchGet'; readonly keys: readonly (readonly [KeyRef, KeyRef])[] }
  | {
      readonly kind: 'batchWrite';
      readonly writes: readonly {
        readonly pk: KeyRef;
        readonly sk: KeyRef;
        readonly put?: AttributesData;
      }[];
    }
  | {
      readonly kind: 'transactGet';
      readonly keys: readonly (readonly [KeyRef, KeyRef])[];
      readonly attributes?: QueryData['attributes'];
    }
  | {
      readonly kind: 'transact';
      readonly actions: readonly TransactActionData[];
      /** Send it again with the same token: unchanged (a retry) or with the first action dropped. */
      readonly resend?: 'same' | 'changed';
    }
  | {
      readonly kind: 'scan';
      readonly segments?: number;
      readonly pageSize?: number;
      readonly filter?: ConditionData;
      readonly inverse?: boolean;
    };

/** One action of a transaction in data form. */
export type TransactActionData =
  | {
      readonly kind: 'insert' | 'put';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly attributes: AttributesData;
      readonly condition?: ConditionData;
    }
  | {
      readonly kind: 'update';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly changes: ChangesData;
      readonly condition?: ConditionData;
      readonly mustExist?: boolean;
    }
  | {
      readonly kind: 'delete';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly condition?: ConditionData;
      readonly idempotent?: boolean;
    }
  | {
      readonly kind: 'check';
      readonly pk: KeyRef;
      readonly sk: KeyRef;
      readonly condition: ConditionData;
    };
