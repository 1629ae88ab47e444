import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GlobalSecondaryIndex, InvalidKeyError, Table } from '@dokklib/core';
import { Exclude, Expose, Type } from 'class-transformer';
import { Address, Membership, Order, User } from '../../test/entities.js';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { entityMetadata } from '../metadata/metadata-registry.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { describeEntity, primaryKeyOf } from './entity-key.js';
import { entityToAttributes } from './entity-to-item.js';
import { itemToEntity } from './item-to-entity.js';

const client = new DynamoDBClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
});
const config = new Table('t', {
  client,
  globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')],
}).config;

function order(): Order {
  return Object.assign(new Order(), {
    user: 'alice',
    date: '2024-05-01',
    number: 17,
    totalCents: 1250,
    address: Object.assign(new Address(), {
      street: 'Main',
      since: new Date('2020-01-02T03:04:05Z'),
    }),
    tags: new Set(['a', 'b']),
    status: 'open',
    state: 'OPEN',
    expiresAt: new Date('2030-01-01T00:00:00Z'),
  });
}

describe('entity keys', () => {
  it('prefixes keys with the entity names and copies PK to SK without a sort key', () => {
    const user = Object.assign(new User(), { username: 'alice' });
    const { pk, sk } = primaryKeyOf(entityMetadata(User), user);
    expect([String(pk), String(sk)]).toEqual(['USER#alice', 'USER#alice']);
    const membership = Object.assign(new Membership(), { user: 'alice', group: 'g1' });
    const key = primaryKeyOf(entityMetadata(Membership), membership);
    expect([String(key.pk), String(key.sk)]).toEqual(['USER#alice', 'GROUP#g1']);
    expect(describeEntity(entityMetadata(Membership), membership)).toBe('Membership alice/g1');
  });

  it('joins composite keys with "|" in declared order, through codecs', () => {
    const { sk } = primaryKeyOf(entityMetadata(Order), order());
    expect(String(sk)).toBe('ORDER#2024-05-01|00017');
  });

  it.each([null, undefined, 'alice', 7])(
    'refuses a key that is not an object (%p), as em.get(User, null) gives it, with InvalidKeyError',
    (key) => {
      const build = () => primaryKeyOf(entityMetadata(User), key as unknown as object);
      expect(build).toThrow(InvalidKeyError);
      expect(build).toThrow(/key of User must be an object of its key properties/);
    },
  );

  it('refuses key values that are missing, empty, or hold a separator', () => {
    const metadata = entityMetadata(Membership);
    expect(() => primaryKeyOf(metadata, { user: 'alice' })).toThrow(InvalidKeyError);
    expect(() => primaryKeyOf(metadata, { user: '', group: 'g' })).toThrow(InvalidKeyError);
    expect(() => primaryKeyOf(metadata, { user: 'a#b', group: 'g' })).toThrow(/key separator "#"/);
    expect(() => primaryKeyOf(entityMetadata(Order), { ...order(), date: '2024|05' })).toThrow(
      /separator of composite keys/,
    );
  });
});

describe('entity <-> item', () => {
  it('stores decorated properties only, with the type, GSI keys, ISO dates and TTL seconds', () => {
    const user = Object.assign(new User(), {
      username: 'alice',
      email: 'a@example.com',
      joinedAt: new Date('2024-01-02T03:04:05.000Z'),
      version: 3,
      scratch: 'not stored',
    });
    expect(entityToAttributes(config, entityMetadata(User), user)).toEqual({
      _type: 'USER',
      email: 'a@example.com',
      joinedAt: '2024-01-02T03:04:05.000Z',
      version: 3,
    });
    expect(entityToAttributes(config, entityMetadata(Order), order())).toEqual({
      _type: 'ORDER',
      total_cents: 1250,
      address: { street: 'Main', since: '2020-01-02T03:04:05.000Z' },
      tags: new Set(['a', 'b']),
      status: 'OPEN',
      expiresAt: 1893456000,
      GSI_2_PK: 'STATE#OPEN',
      GSI_2_SK: 'STATE#OPEN',
    });
  });

  it('reads an item back into an instance with Dates, Sets, nested classes and key values', () => {
    const item = {
      PK: 'alice',
      SK: '2024-05-01|00017',
      _type: 'ORDER',
      total_cents: 1250,
      address: { street: 'Main', since: '2020-01-02T03:04:05.000Z' },
      tags: new Set(['a', 'b']),
      status: 'OPEN',
      expiresAt: 1893456000,
      GSI_2_PK: 'STATE#OPEN',
      createdAt: '2024-01-01T00:00:00.000Z',
    };
    const read = itemToEntity(config, entityMetadata(Order), item);
    expect(read).toBeInstanceOf(Order);
    expect(read).toMatchObject({ user: 'alice', date: '2024-05-01', number: 17, state: 'OPEN' });
    expect(read.address).toBeInstanceOf(Address);
    expect(read.address?.since).toEqual(new Date('2020-01-02T03:04:05Z'));
    expect(read.tags).toEqual(new Set(['a', 'b']));
    expect(read.expiresAt).toEqual(new Date('2030-01-01T00:00:00Z'));
    expect(read.createdAt).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  it('round-trips a user', () => {
    const user = Object.assign(new User(), {
      username: 'bob',
      email: 'b@example.com',
      joinedAt: new Date('2024-01-02T03:04:05.000Z'),
      version: 1,
    });
    const item = {
      PK: 'USER#bob',
      SK: 'USER#bob',
      ...entityToAttributes(config, entityMetadata(User), user),
    };
    expect(itemToEntity(config, entityMetadata(User), item)).toEqual(user);
  });

  it('stores Sets below a property as DynamoDB sets and reads them back as Sets, typed or not', () => {
    class Labels {
      @Type(() => String) names: Set<string> = new Set();
    }
    @Entity('SETS')
    class Sets {
      @PartitionKey() id!: string;
      @Attribute() meta?: Record<string, unknown>;
      @Attribute() @Type(() => Labels) labels?: Labels;
    }
    const labels = Object.assign(new Labels(), { names: new Set(['x']) });
    const meta = {
      tags: new Set(['a']),
      deep: [{ scores: new Set([1, 2]) }],
      bytes: new Set([new Uint8Array([1]), new Uint8Array([2])]),
    };
    const sets = Object.assign(new Sets(), { id: '1', meta, labels });
    const attributes = entityToAttributes(config, entityMetadata(Sets), sets);
    expect(attributes.meta).toEqual(meta);
    expect((attributes.labels as { names: unknown }).names).toEqual(new Set(['x']));
    const read = itemToEntity(config, entityMetadata(Sets), {
      PK: 'SETS#1',
      SK: 'SETS#1',
      ...attributes,
    });
    expect(read).toEqual(sets);
    expect(read.labels).toBeInstanceOf(Labels);
    // An empty Set is kept where the declared type restores it: as a list.
    labels.names = new Set();
    const empty = entityToAttributes(config, entityMetadata(Sets), sets);
    expect((empty.labels as { names: unknown }).names).toEqual([]);
    const readEmpty = itemToEntity(config, entityMetadata(Sets), {
      PK: 'SETS#1',
      SK: 'SETS#1',
      ...empty,
    });
    expect(readEmpty.labels?.names).toEqual(new Set());
  });

  it('refuses a Set that would read back as an array, before anything is stored', () => {
    @Entity('LOOSE')
    class Loose {
      @PartitionKey() id!: string;
      @Attribute() meta?: Record<string, unknown>;
    }
    const loose = Object.assign(new Loose(), { id: '1', meta: { flags: new Set([true]) } });
    expect(() => entityToAttributes(config, entityMetadata(Loose), loose)).toThrow(
      /^Loose\.meta\.flags is a Set that DynamoDB cannot hold as a set/,
    );
  });

  it('refuses a stored name that is a key attribute of the table, and unknown GSIs', () => {
    @Entity('CLASH')
    class Clash {
      @PartitionKey() id!: string;
      @Attribute({ name: 'GSI_2_PK' }) other!: string;
    }
    const clash = Object.assign(new Clash(), { id: '1', other: 'x' });
    expect(() => entityToAttributes(config, entityMetadata(Clash), clash)).toThrow(
      EntityDefinitionError,
    );
    const plain = new Table('t', { client }).config;
    expect(() => entityToAttributes(plain, entityMetadata(Order), order())).toThrow(
      /index GSI_2, which is not among the globalIndexes/,
    );
  });
});

describe('class-transformer decorators on entities', () => {
  @Entity('PROFILE')
  class Profile {
    @PartitionKey() id!: string;
    @Attribute() @Exclude() secret?: string;
    @Attribute() @Exclude({ toPlainOnly: true }) computed?: string;
    @Attribute() @Expose() shown?: string;
  }

  it('does not store @Exclude()d properties, and reads back toPlainOnly exclusions', () => {
    const profile = Object.assign(new Profile(), {
      id: 'p1',
      secret: 's',
      computed: 'c',
      shown: 'v',
    });
    expect(entityToAttributes(config, entityMetadata(Profile), profile)).toEqual({
      _type: 'PROFILE',
      shown: 'v',
    });
    const read = itemToEntity(config, entityMetadata(Profile), {
      PK: 'p1',
      SK: 'p1',
      secret: 's',
      computed: 'c',
      shown: 'v',
    });
    expect(read).toBeInstanceOf(Profile);
    expect(read).toEqual(Object.assign(new Profile(), { id: 'p1', computed: 'c', shown: 'v' }));
  });

  it('refuses a stored or key property that @Expose({ name }) renames', () => {
    @Entity('RENAMED')
    class Renamed {
      @PartitionKey() id!: string;
      @Attribute() @Expose({ name: 'mail' }) email?: string;
    }
    @Entity('RENAMED_KEY')
    class RenamedKey {
      @PartitionKey() @Expose({ name: 'ident' }) id!: string;
    }
    expect(() => entityMetadata(Renamed)).toThrow(EntityDefinitionError);
    expect(() => entityMetadata(Renamed)).toThrow(
      /property email is renamed to "mail" by @Expose; store it under another name with @Attribute\(\{ name: 'mail' \}\)/,
    );
    expect(() => entityMetadata(RenamedKey)).toThrow(/property id is renamed to "ident"/);
  });
});
