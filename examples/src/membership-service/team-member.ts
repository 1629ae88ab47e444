import 'reflect-metadata';
import { EntityName } from '@dokklib/core';
import { Attribute, CreatedAt, Entity, KeyProps, PartitionKey, SortKey } from '@dokklib/decorators';
import { Team } from './team.js';

/**
 * A user's membership of a team: PK = USER#<user>, SK = TEAM#<team>. A user's teams are
 * one partition of the table; a team's members one partition of the inverse index.
 */
@Entity('TEAM_MEMBER')
export class TeamMember {
  declare [KeyProps]?: 'user' | 'team';
  @PartitionKey(new EntityName('USER')) user!: string;
  @SortKey(Team) team!: string;
  @Attribute() role!: string;
  @CreatedAt() joinedAt?: Date;
}
