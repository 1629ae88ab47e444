import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Table } from '@dokklib/core';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import { entityToAttributes } from '../mapping/entity-to-item.js';
import { itemToEntity } from '../mapping/item-to-entity.js';
import { Attribute } from './attribute.js';
import { Entity } from './entity.js';
import { entityMetadata } from './metadata-registry.js';
import { PartitionKey } from './partition-key.js';

// Classes decorated as esbuild, Vite and tsx compile them: the decorators run, but no
// design:type metadata is emitted.

const config = new Table('t', { client: new DynamoDBClient({ region: 'us-east-1' }) }).config;

describe('entities compiled without emitDecoratorMetadata', () => {
  it('are refused, naming each property of unknown type and both ways out', () => {
    class Event {}
    PartitionKey()(Event.prototype, 'id');
    Attribute()(Event.prototype, 'at');
    Attribute({ type: String })(Event.prototype, 'title');
    let error: unknown;
    try {
      Entity('UNTYPED_EVENT')(Event);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EntityDefinitionError);
    expect((error as Error).message).toBe(
      'Entity UNTYPED_EVENT (class Event): no type is known for id, at. TypeScript\'s design:type metadata is missing: the code was compiled without "emitDecoratorMetadata" (esbuild, Vite and tsx never emit it), and dokklib reads Dates, Sets and nested classes back by these types. Compile with tsc (or an esbuild plugin that emits the metadata), or give each decorated property its type: @PartitionKey({ type: String }), @Attribute({ type: Date }).',
    );
  });

  it('work with each type given as an option: a Date and a Set read back as such', () => {
    class Event {}
    PartitionKey({ type: String })(Event.prototype, 'id');
    Attribute({ type: Date })(Event.prototype, 'at');
    Attribute({ type: Set })(Event.prototype, 'tags');
    Entity('TYPED_EVENT')(Event);
    const at = new Date('2026-12-07T10:00:00.000Z');
    const event = Object.assign(new Event(), { id: 'e1', at, tags: new Set(['a']) });
    const stored = entityToAttributes(config, entityMetadata(Event), event);
    expect(stored).toMatchObject({ at: at.toISOString() });
    const item = { PK: 'TYPED_EVENT#e1', SK: 'TYPED_EVENT#e1', ...stored };
    const read = itemToEntity(config, entityMetadata(Event), item) as Record<string, unknown>;
    expect(read.id).toBe('e1');
    expect(read.at).toEqual(at);
    expect(read.tags).toEqual(new Set(['a']));
  });

  it('let the option win over the metadata where both are there', () => {
    class Event {}
    Reflect.defineMetadata('design:type', Object, Event.prototype, 'at');
    PartitionKey({ type: String })(Event.prototype, 'id');
    Attribute({ type: Date })(Event.prototype, 'at');
    Entity('OPTION_TYPED_EVENT')(Event);
    expect(entityMetadata(Event).attributes[0].designType).toBe(Date);
  });

  it('accept a property TypeScript types as null (its design:type is undefined, but there)', () => {
    @Entity('NULL_TYPED_EVENT')
    class Event {
      @PartitionKey() id!: string;
      @Attribute() nothing?: null;
    }
    expect(Reflect.hasMetadata('design:type', Event.prototype, 'nothing')).toBe(true);
    expect(entityMetadata(Event).attributes.map((a) => a.property)).toEqual(['nothing']);
  });
});
