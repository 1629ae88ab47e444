import 'reflect-metadata';
import type { NumberValue } from '@aws-sdk/lib-dynamodb';
import { Attribute, Entity, KeyProps, PartitionKey, Version } from '@dokklib/decorators';
import { Type } from 'class-transformer';

/** A class nested in {@link Sample}, restored through class-transformer's `@Type`. */
export class SampleChild {
  label!: string;
  @Type(() => Date) at!: Date;
  @Type(() => String) tags!: Set<string>;
  @Type(() => SampleChild) child?: SampleChild;
}

/** An entity with every kind of attribute the item property tests generate. */
@Entity('SAMPLE')
export class Sample {
  declare [KeyProps]?: 'id';
  @PartitionKey() id!: string;
  @Attribute() text?: string;
  @Attribute() count?: number;
  @Attribute() flag?: boolean;
  @Attribute() nothing?: null;
  @Attribute() list?: unknown[];
  @Attribute() map?: Record<string, unknown>;
  @Attribute() @Type(() => SampleChild) child?: SampleChild;
  @Attribute() names?: Set<string>;
  @Attribute() scores?: Set<number>;
  @Attribute() when?: Date;
}

/** An entity holding numbers JavaScript cannot hold exactly. */
@Entity('NUMBERS')
export class Numbers {
  declare [KeyProps]?: 'id';
  @PartitionKey() id!: string;
  @Attribute() integer?: bigint;
  @Attribute() decimal?: NumberValue;
  @Attribute() plain?: number;
}

/** A versioned counter for the concurrency tests. */
@Entity('COUNTER')
export class Counter {
  declare [KeyProps]?: 'id';
  @PartitionKey() id!: string;
  @Attribute() value!: number;
  @Version() version!: number;
}
