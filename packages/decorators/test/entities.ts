import 'reflect-metadata';
import { EntityName } from '@dokklib/core';
import { Transform, Type } from 'class-transformer';
import {
  Attribute,
  CreatedAt,
  Entity,
  IndexKey,
  KeyProps,
  paddedNumber,
  PartitionKey,
  SortKey,
  TimeToLive,
  UpdatedAt,
  Version,
} from '../src/index.js';

/** A user: PK = SK = USER#<username>. */
@Entity('USER')
export class User {
  declare [KeyProps]?: 'username';
  @PartitionKey() username!: string;
  @Attribute() email!: string;
  @Attribute() joinedAt!: Date;
  @Version() version!: number;
  /** Not decorated: never stored. */
  scratch?: string;
}

/** A group. */
@Entity('GROUP')
export class Group {
  declare [KeyProps]?: 'name';
  @PartitionKey() name!: string;
  @Attribute() members?: number;
  @Version() version!: number;
}

/** A user's membership of a group: PK = USER#<user>, SK = GROUP#<group>. */
@Entity('MEMBERSHIP')
export class Membership {
  declare [KeyProps]?: 'user' | 'group';
  @PartitionKey(User) user!: string;
  @SortKey('GROUP') group!: string;
  @Attribute() role!: string;
}

/** An address, nested in an order. */
export class Address {
  @Type(() => Date) since!: Date;
  street!: string;
}

/** An order of a user, keyed by date then number: SK = ORDER#2024-05-01|00017. */
@Entity('ORDER')
export class Order {
  declare [KeyProps]?: 'user' | 'date' | 'number';
  @PartitionKey('USER') user!: string;
  @SortKey({ order: 1 }) date!: string;
  @SortKey({ order: 2, codec: paddedNumber(5) }) number!: number;
  @Attribute({ name: 'total_cents' }) totalCents!: number;
  @Attribute() @Type(() => Address) address?: Address;
  @Attribute() tags?: Set<string>;
  @Attribute()
  @Transform(({ value }) => (value as string | undefined)?.toUpperCase(), { toPlainOnly: true })
  status?: string;
  @IndexKey('GSI_2', 'partition', new EntityName('STATE')) state?: string;
  @CreatedAt() createdAt?: Date;
  @UpdatedAt() updatedAt?: Date;
  @TimeToLive() expiresAt?: Date;
}
