import type { EntityClass } from '@dokklib/decorators';

/** An item named by an entity (its key properties are used) or by a class and key. */
export type ExpectedItem =
  { readonly entity: object } | { readonly entityClass: EntityClass; readonly key: object };

/**
 * An action a test expects to have been sent. An expected `entity` matches partially: an
 * instance of its class (unless it is a plain object) holding each property it sets.
 */
export type ExpectedAction =
  | { readonly action: 'insert' | 'put'; readonly entity: object }
  | ({
      readonly action: 'update';
      readonly changes?: Readonly<Record<string, unknown>>;
    } & ExpectedItem)
  | ({ readonly action: 'delete' | 'conditionCheck' } & ExpectedItem);
