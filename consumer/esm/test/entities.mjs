// Entities in plain JavaScript: the decorators applied as compiled TypeScript applies them.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { Attribute, Entity, PartitionKey, Version } from '@dokklib/decorators';

export class Address {
  label() {
    return `${this.street}, ${this.city}`;
  }
}

export class User {}

const property = (decorators, name, type) =>
  Reflect.decorate([...decorators, Reflect.metadata('design:type', type)], User.prototype, name);
property([PartitionKey()], 'username', String);
property([Attribute()], 'email', String);
property([Attribute()], 'joinedAt', Date);
property([Attribute(), Type(() => Address)], 'address', Address);
property([Version()], 'version', Number);
Reflect.decorate([Entity('USER')], User);

export function alice() {
  return Object.assign(new User(), {
    username: 'alice',
    email: 'alice@example.com',
    joinedAt: new Date('2024-05-01T10:00:00.000Z'),
    address: Object.assign(new Address(), { street: '1 Main St', city: 'Oslo' }),
  });
}
