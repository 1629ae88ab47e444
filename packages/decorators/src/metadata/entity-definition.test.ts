import 'reflect-metadata';
import { EntityName } from '@dokklib/core';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import { Membership, Order, User } from '../../test/entities.js';
import { Attribute } from './attribute.js';
import { Entity } from './entity.js';
import { checkKeyPrefixes } from './check-key-prefixes.js';
import { entityMetadata } from './metadata-registry.js';
import { PartitionKey } from './partition-key.js';
import { SortKey } from './sort-key.js';
import { Version } from './version.js';
import { IndexKey } from './index-key.js';

function defining(define: () => unknown): EntityDefinitionError {
  try {
    define();
  } catch (error) {
    expect(error).toBeInstanceOf(EntityDefinitionError);
    return error as EntityDefinitionError;
  }
  throw new Error('expected an EntityDefinitionError');
}

describe('entity metadata', () => {
  it('defaults the prefix to the entity name and leaves the sort key out', () => {
    const metadata = entityMetadata(User);
    expect(metadata.name.name).toBe('USER');
    expect(metadata.partitionKey.prefix.name).toBe('USER');
    expect(metadata.partitionKey.parts.map((p) => p.property)).toEqual(['username']);
    expect(metadata.sortKey).toBeUndefined();
    expect(metadata.version?.property).toBe('version');
    expect(metadata.attributes.map((a) => a.property)).toEqual(['email', 'joinedAt', 'version']);
  });

  it('resolves prefixes given as an entity class and as an entity name', () => {
    const metadata = entityMetadata(Membership);
    expect(metadata.partitionKey.prefix.name).toBe('USER');
    expect(metadata.sortKey?.prefix.name).toBe('GROUP');
  });

  it('orders the parts of a composite key', () => {
    const metadata = entityMetadata(Order);
    expect(metadata.sortKey?.prefix.name).toBe('ORDER');
    expect(metadata.sortKey?.parts.map((p) => p.property)).toEqual(['date', 'number']);
    expect(metadata.indexKeys).toEqual([
      expect.objectContaining({ indexName: 'GSI_2', sortKey: undefined }),
    ]);
    expect(metadata.indexKeys[0]?.partitionKey?.prefix.name).toBe('STATE');
  });

  it('refuses a class without a partition key', () => {
    const error = defining(() => {
      @Entity('NO_KEY')
      class NoKey {
        @Attribute() a!: string;
      }
      return NoKey;
    });
    expect(error.message).toMatch(/NO_KEY.*has no @PartitionKey/);
  });

  it('refuses two partition keys without an order', () => {
    const error = defining(() => {
      @Entity('TWO_KEYS')
      class TwoKeys {
        @PartitionKey() a!: string;
        @PartitionKey() b!: string;
      }
      return TwoKeys;
    });
    expect(error.message).toMatch(/two partition keys \(a, b\)/);
  });

  it('refuses two parts with the same order', () => {
    expect(() => {
      @Entity('SAME_ORDER')
      class SameOrder {
        @PartitionKey() a!: string;
        @SortKey({ order: 1 }) b!: string;
        @SortKey({ order: 1 }) c!: string;
      }
      return SameOrder;
    }).toThrow(/same order/);
  });

  it('refuses a number key without a codec (Order shows one with a codec)', () => {
    const error = defining(() => {
      @Entity('NUMBER_KEY')
      class NumberKey {
        @PartitionKey() id!: number;
      }
      return NumberKey;
    });
    expect(error.message).toMatch(/id is of type Number.*paddedNumber/);
  });

  it('refuses two properties stored under one name', () => {
    expect(() => {
      @Entity('SAME_NAME')
      class SameName {
        @PartitionKey() id!: string;
        @Attribute({ name: 'x' }) a!: string;
        @Attribute({ name: 'x' }) b!: string;
      }
      return SameName;
    }).toThrow(/a and b are both stored as "x"/);
  });

  it('refuses the type attribute as a stored name and a property declared twice', () => {
    expect(() => {
      @Entity('TYPE_NAME')
      class TypeName {
        @PartitionKey() id!: string;
        @Attribute({ name: '_type' }) kind!: string;
      }
      return TypeName;
    }).toThrow(EntityDefinitionError);
    expect(() => {
      @Entity('TWICE')
      class Twice {
        @PartitionKey() @Attribute() id!: string;
      }
      return Twice;
    }).toThrow(/declares the property id twice/);
  });

  it('refuses a @Version that is not a number', () => {
    expect(() => {
      @Entity('BAD_VERSION')
      class BadVersion {
        @PartitionKey() id!: string;
        @Version() v!: string;
      }
      return BadVersion;
    }).toThrow(/@version property v must be a Number/);
  });

  it('refuses a name that is already taken by another class, and bad entity names', () => {
    expect(() => {
      @Entity('USER')
      class OtherUser {
        @PartitionKey() id!: string;
      }
      return OtherUser;
    }).toThrow(/used by classes User and OtherUser/);
    expect(() => {
      @Entity('A#B')
      class Hash {
        @PartitionKey() id!: string;
      }
      return Hash;
    }).toThrow(EntityDefinitionError);
  });

  it('accepts any valid entity name as a prefix, and refuses an invalid one at first use', () => {
    @Entity('DANGLING')
    class Dangling {
      @PartitionKey('NOBODY') id!: string;
    }
    expect(entityMetadata(Dangling).partitionKey.prefix.name).toBe('NOBODY');

    @Entity('FREE')
    class Free {
      @PartitionKey(new EntityName('NOBODY')) id!: string;
    }
    expect(entityMetadata(Free).partitionKey.prefix.name).toBe('NOBODY');

    @Entity('BAD_PREFIX')
    class BadPrefix {
      @PartitionKey('A#B') id!: string;
    }
    expect(() => entityMetadata(BadPrefix)).toThrow(EntityDefinitionError);
    expect(() => entityMetadata(BadPrefix)).toThrow(/BAD_PREFIX uses the key prefix "A#B"/);
  });

  it('checkKeyPrefixes refuses string prefixes that name no entity class, naming each', () => {
    @Entity('STRICT_MEMBER')
    class StrictMember {
      @PartitionKey(User) user!: string;
      @SortKey('GRUOP') group!: string;
      @IndexKey('GSI_2', 'partition', 'STAET') state?: string;
    }
    @Entity('STRICT_FREE')
    class StrictFree {
      @PartitionKey(new EntityName('GROUP')) id!: string;
      @SortKey('USER') user!: string;
    }
    expect(() => checkKeyPrefixes([StrictFree])).not.toThrow();
    expect(() => checkKeyPrefixes([StrictMember, StrictFree])).toThrow(EntityDefinitionError);
    expect(() => checkKeyPrefixes([StrictMember])).toThrow(
      'These key prefixes name no @Entity class: STRICT_MEMBER (class StrictMember) property group: "GRUOP"; STRICT_MEMBER (class StrictMember) property state: "STAET".',
    );
    expect(() => checkKeyPrefixes()).toThrow(/property group: "GRUOP"/);
  });

  it('refuses parts of one key with different prefixes and index sort keys without a partition key', () => {
    @Entity('MIXED_PREFIX')
    class MixedPrefix {
      @PartitionKey('USER', { order: 1 }) a!: string;
      @PartitionKey('GROUP', { order: 2 }) b!: string;
    }
    expect(() => entityMetadata(MixedPrefix)).toThrow(/different prefixes \(USER, GROUP\)/);
    expect(() => {
      @Entity('SORT_ONLY')
      class SortOnly {
        @PartitionKey() a!: string;
        @IndexKey('GSI_2', 'sort') b!: string;
      }
      return SortOnly;
    }).toThrow(/sort key for index GSI_2 but no partition key/);
  });

  it('refuses classes that are not entities', () => {
    class Plain {}
    expect(() => entityMetadata(Plain)).toThrow(/Plain is not an entity/);
  });
});
