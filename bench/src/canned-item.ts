import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** The shape of the benchmark's entity. */
export interface EntityAttributes {
  name: string;
  email: string;
  plan: string;
  age: number;
  score: number;
  active: boolean;
  tags: string[];
  address: { street: string; city: string; zip: string };
}

/** The attributes of the benchmark's entity (~10, of every common type), without keys. */
export const ENTITY_ATTRIBUTES: Readonly<EntityAttributes> = {
  name: 'Alice Example',
  email: 'alice@example.com',
  plan: 'premium',
  age: 42,
  score: 1234.5,
  active: true,
  tags: ['admin', 'beta', 'eu-west'],
  address: { street: '1 Main Street', city: 'Springfield', zip: '12345' },
};

/**
 * The stored entity as DynamoDB JSON: keys with entity prefixes, the attributes, and the
 * `_type` attribute `@dokklib/decorators` reads the entity class from.
 */
export function cannedItem(id: string): Record<string, AttributeValue> {
  return {
    PK: { S: `USER#${id}` },
    SK: { S: `USER#${id}` },
    name: { S: ENTITY_ATTRIBUTES.name },
    email: { S: ENTITY_ATTRIBUTES.email },
    plan: { S: ENTITY_ATTRIBUTES.plan },
    age: { N: String(ENTITY_ATTRIBUTES.age) },
    score: { N: String(ENTITY_ATTRIBUTES.score) },
    active: { BOOL: ENTITY_ATTRIBUTES.active },
    tags: { L: ENTITY_ATTRIBUTES.tags.map((tag) => ({ S: tag })) },
    address: {
      M: {
        street: { S: ENTITY_ATTRIBUTES.address.street },
        city: { S: ENTITY_ATTRIBUTES.address.city },
        zip: { S: ENTITY_ATTRIBUTES.address.zip },
      },
    },
    CreatedAt: { S: '2024-01-01T00:00:00.000Z' },
    _type: { S: 'USER' },
  };
}

/** How many attributes {@link cannedItem} has, keys and timestamp included. */
export const CANNED_ITEM_ATTRIBUTE_COUNT = Object.keys(cannedItem('x')).length;

/** How many items the canned `Query` response holds. */
export const QUERY_PAGE_SIZE = 100;
