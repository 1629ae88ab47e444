import 'reflect-metadata';
import { Attribute, Entity, KeyProps, PartitionKey, Version } from '@dokklib/decorators';

/** A team and how many members it has: PK = SK = TEAM#<name>. */
@Entity('TEAM')
export class Team {
  declare [KeyProps]?: 'name';
  @PartitionKey() name!: string;
  @Attribute() members!: number;
  @Version() version!: number;
}
