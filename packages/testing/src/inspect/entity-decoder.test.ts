import 'reflect-metadata';
import { Attribute, Entity, PartitionKey } from '@dokklib/decorators';
import { Membership, User } from '../../../decorators/test/entities.js';
import { mockTable } from '../mock/mock-table.js';
import { EntityDecoder } from './entity-decoder.js';

/** Keyed exactly like `User` (PK = SK = USER#<username>), so a bare key cannot tell them apart. */
@Entity('PROFILE')
class Profile {
  @PartitionKey(User) username!: string;
  @Attribute() bio?: string;
}

const decoder = new EntityDecoder(mockTable().table.config);

describe('EntityDecoder', () => {
  it('tells the class of a key by its prefixes', () => {
    expect(decoder.identify({ PK: 'USER#alice', SK: 'GROUP#g1' })).toEqual({
      entityClass: Membership,
      key: { user: 'alice', group: 'g1' },
    });
  });

  it('leaves a key that several classes fit unknown, unless its _type names the class', () => {
    const key = { PK: 'USER#alice', SK: 'USER#alice' };
    expect(decoder.identify(key)).toEqual({ entityClass: undefined, key: undefined });
    expect(decoder.identify(key, 'PROFILE')).toEqual({
      entityClass: Profile,
      key: { username: 'alice' },
    });
  });

  it('does not take a key of another sort key prefix, or of other values, for the class', () => {
    expect(decoder.identify({ PK: 'USER#alice', SK: 'USER#bob' }).entityClass).toBeUndefined();
    expect(decoder.identify({ PK: 'USER#alice', SK: 'ORDER#x' }).entityClass).toBeUndefined();
  });

  it('reads an item back as an instance of the class its _type names', () => {
    const item = { PK: 'USER#alice', SK: 'USER#alice', _type: 'PROFILE', bio: 'hi' };
    expect(decoder.entityOf(item)).toEqual(
      Object.assign(new Profile(), { username: 'alice', bio: 'hi' }),
    );
    expect(decoder.entityOf({ ...item, _type: 'UNKNOWN' })).toBeUndefined();
  });
});
