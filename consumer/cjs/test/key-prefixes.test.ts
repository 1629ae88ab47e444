import { EntityDefinitionError, checkKeyPrefixes } from '@dokklib/decorators';
import { Group, Invite, Membership, User } from '../src/entities';

describe('key prefixes', () => {
  it('the strict check passes for entities whose prefixes all name classes', () => {
    expect(() => checkKeyPrefixes([User, Group, Membership])).not.toThrow();
  });

  it('the strict check names a prefix that names no class', () => {
    expect(() => checkKeyPrefixes([Invite])).toThrow(EntityDefinitionError);
    expect(() => checkKeyPrefixes([Invite])).toThrow(/property email: "EMAIL"/);
  });
});
