import 'reflect-metadata';
import { Type } from 'class-transformer';
import { Attribute, Entity, KeyProps, PartitionKey, SortKey, Version } from '@dokklib/decorators';

export class Address {
  street!: string;
  city!: string;

  label(): string {
    return `${this.street}, ${this.city}`;
  }
}

@Entity('USER')
export class User {
  declare [KeyProps]?: 'username';
  @PartitionKey() username!: string;
  @Attribute() email!: string;
  @Attribute() joinedAt!: Date;
  @Attribute() @Type(() => Address) address?: Address;
  @Version() version!: number;
}

@Entity('GROUP')
export class Group {
  declare [KeyProps]?: 'name';
  @PartitionKey() name!: string;
  @Attribute() members!: number;
  @Version() version!: number;
}

/** PK = USER#alice, SK = GROUP#red: a user's groups, and by the inverse index a group's members. */
@Entity('MEMBERSHIP')
export class Membership {
  declare [KeyProps]?: 'user' | 'group';
  @PartitionKey(User) user!: string;
  @SortKey('GROUP') group!: string;
  @Attribute() role!: string;
}

/** PK = GROUP#red, SK = EMAIL#bob@example.com: an EMAIL is a key type with no class of its own. */
@Entity('INVITE')
export class Invite {
  declare [KeyProps]?: 'group' | 'email';
  @PartitionKey('GROUP') group!: string;
  @SortKey('EMAIL') email!: string;
  @Attribute() sentAt!: Date;
}
