import 'reflect-metadata';
import { Attribute, Entity, KeyProps, PartitionKey, SortKey } from '@dokklib/decorators';

/** A user's membership of a group: PK = USER#<user>, SK = GROUP#<group>. */
@Entity('GROUP_MEMBER')
export class GroupMember {
  declare [KeyProps]?: 'user' | 'group';
  @PartitionKey('USER') user!: string;
  @SortKey('GROUP') group!: string;
  @Attribute() role!: string;
}

/** A group's member count, kept by the stream handler: PK = SK = GROUP_STATS#<group>. */
@Entity('GROUP_STATS')
export class GroupStats {
  declare [KeyProps]?: 'group';
  @PartitionKey() group!: string;
  @Attribute() members!: number;
}
