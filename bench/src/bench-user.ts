import { Attribute, CreatedAt, Entity, KeyProps, PartitionKey } from '@dokklib/decorators';
import { Type } from 'class-transformer';

/** The postal address nested in {@link BenchUser}, turned into an instance on read. */
export class BenchAddress {
  street!: string;
  city!: string;
  zip!: string;
}

/** The decorated twin of the benchmark's entity: PK = SK = `USER#<id>`, ~10 attributes. */
@Entity('USER')
export class BenchUser {
  declare [KeyProps]?: 'id';
  @PartitionKey() id!: string;
  @Attribute() name!: string;
  @Attribute() email!: string;
  @Attribute() plan!: string;
  @Attribute() age!: number;
  @Attribute() score!: number;
  @Attribute() active!: boolean;
  @Attribute() tags!: string[];
  @Attribute() @Type(() => BenchAddress) address!: BenchAddress;
  @CreatedAt({ name: 'CreatedAt' }) createdAt?: Date;
}
