// Entities for a function bundled by esbuild (as AWS CDK's NodejsFunction, SAM and
// serverless-esbuild do): esbuild emits no design:type metadata, so each decorated property
// names its type.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { Attribute, Entity, KeyProps, PartitionKey, Version } from '@dokklib/decorators';

export class Place {
  city!: string;

  label(): string {
    return `in ${this.city}`;
  }
}

@Entity('EVENT')
export class Event {
  declare [KeyProps]?: 'id';
  @PartitionKey({ type: String }) id!: string;
  @Attribute({ type: Date }) at!: Date;
  @Attribute({ type: Set }) tags!: Set<string>;
  @Attribute({ type: Place }) @Type(() => Place) place?: Place;
  @Version({ type: Number }) version!: number;
}
