import 'reflect-metadata';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { Transform, Type } from 'class-transformer';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import { Attribute } from './attribute.js';
import { Entity } from './entity.js';
import { entityMetadata } from './metadata-registry.js';
import { PartitionKey } from './partition-key.js';

class Address {
  street?: string;
}

describe('nested class properties', () => {
  it('refuses a property declared as a class without @Type, which would read back plain', () => {
    @Entity('NESTED_UNTYPED')
    class Untyped {
      @PartitionKey() id!: string;
      @Attribute() address?: Address;
    }
    expect(() => entityMetadata(Untyped)).toThrow(EntityDefinitionError);
    expect(() => entityMetadata(Untyped)).toThrow(
      /NESTED_UNTYPED: property address is declared as class Address, .* holds no @Type for it, so it would read back as a plain object\. Declare @Type\(\(\) => Address\)/,
    );
  });

  it('accepts it with @Type or @Transform, and built-in types without either', () => {
    @Entity('NESTED_TYPED')
    class Typed {
      @PartitionKey() id!: string;
      @Attribute() @Type(() => Address) address?: Address;
      @Attribute() @Transform(({ value }) => value as Address) other?: Address;
      @Attribute() when?: Date;
      @Attribute() tags?: Set<string>;
      @Attribute() counts?: Map<string, number>;
      @Attribute() amount?: NumberValue;
      @Attribute() blob?: Uint8Array;
      @Attribute() list?: Address[];
    }
    expect(entityMetadata(Typed).attributes).toHaveLength(8);
  });

  it('refuses it when the @Type went to another copy of class-transformer, and says so', () => {
    let secondCopy: typeof import('class-transformer') | undefined;
    jest.isolateModules(() => {
      secondCopy = jest.requireActual<typeof import('class-transformer')>('class-transformer');
    });
    const OtherType = secondCopy!.Type;
    expect(OtherType).not.toBe(Type);
    @Entity('NESTED_OTHER_COPY')
    class OtherCopy {
      @PartitionKey() id!: string;
      @Attribute() @OtherType(() => Address) address?: Address;
    }
    expect(() => entityMetadata(OtherCopy)).toThrow(
      /If it is declared, your @Type went to a second copy of class-transformer.*peer dependency of @dokklib\/decorators/,
    );
  });
});
