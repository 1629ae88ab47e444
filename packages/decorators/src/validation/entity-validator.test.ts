import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, Length, Min, ValidateNested } from 'class-validator';
import { mockTable } from '../../../core/test/mock-table.js';
import { User } from '../../test/entities.js';
import { EntityManager } from '../entity-manager/entity-manager.js';
import { EntityValidationError } from '../errors/entity-validation-error.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { UnitOfWork } from '../unit-of-work/unit-of-work.js';

class Address {
  @Length(2, 40) city!: string;
}

@Entity('VALIDATED_ACCOUNT')
class Account {
  @PartitionKey() id!: string;
  @Attribute() @IsEmail() email!: string;
  @Attribute() @IsInt() @Min(0, { groups: ['strict'] }) balance!: number;
  @Attribute() @Type(() => Address) @ValidateNested() address?: Address;
}

function account(changes: Partial<Account> = {}): Account {
  return Object.assign(new Account(), { id: 'a1', email: 'a@x.io', balance: 5 }, changes);
}

const { table, mock } = mockTable();

beforeEach(() => {
  mock.reset();
  mock.resolves({});
});

function failureOf(error: unknown): EntityValidationError {
  expect(error).toBeInstanceOf(EntityValidationError);
  return error as EntityValidationError;
}

describe('validation with class-validator', () => {
  it('refuses an invalid entity before sending, naming the entity, key and each constraint', async () => {
    const em = new EntityManager(table);
    const invalid = account({
      email: 'nope',
      balance: 1.5,
      address: Object.assign(new Address(), { city: 'X' }),
    });
    const error = failureOf(await em.insert(invalid).catch((e: unknown) => e));
    expect(error.code).toBe('entity.validationFailed');
    expect(error.failures).toEqual([
      {
        entity: invalid,
        label: 'Account a1',
        properties: [
          { property: 'email', constraints: { isEmail: 'email must be an email' } },
          { property: 'balance', constraints: { isInt: 'balance must be an integer number' } },
          {
            property: 'address.city',
            constraints: { isLength: 'city must be longer than or equal to 2 characters' },
          },
        ],
      },
    ]);
    expect(error.message).toMatch(
      /^Validation failed, nothing was sent: Account a1: email \(isEmail/,
    );
    await expect(em.put(invalid)).rejects.toThrow(EntityValidationError);
    await expect(em.batchWrite({ put: [account(), invalid] })).rejects.toThrow(
      EntityValidationError,
    );
    expect(mock.calls()).toHaveLength(0);
  });

  it('validates an update as the entity will be after the change', async () => {
    const em = new EntityManager(table);
    const valid = account();
    await expect(em.update(valid, { email: 'broken' })).rejects.toThrow(/email \(isEmail/);
    expect(valid.email).toBe('a@x.io');
    expect(mock.commandCalls(UpdateCommand)).toHaveLength(0);
    await em.update(account({ email: 'broken' }), { email: 'fixed@x.io' });
    expect(mock.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('passes validator options (groups) and can be turned off', async () => {
    const negative = account({ balance: -1 });
    await expect(new EntityManager(table).insert(negative)).rejects.toThrow(
      /balance \(min: balance must not be less than 0\)/,
    );
    // With groups given, only the constraints of those groups apply (class-validator's rule).
    await new EntityManager(table, { validation: { groups: ['import'] } }).insert(negative);
    await new EntityManager(table, { validation: false }).insert(account({ email: 'nope' }));
    expect(mock.commandCalls(PutCommand)).toHaveLength(2);
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(0);
  });

  it('validates every entity a unit of work writes, and sends nothing of it when one fails', async () => {
    mock.on(GetCommand).resolves({
      Item: {
        PK: 'VALIDATED_ACCOUNT#a1',
        SK: 'VALIDATED_ACCOUNT#a1',
        _type: 'VALIDATED_ACCOUNT',
        email: 'a@x.io',
        balance: 5,
      },
    });
    const uow = new UnitOfWork(table);
    const loaded = (await uow.get(Account, { id: 'a1' }))!;
    loaded.balance = -3;
    uow.insert(account({ id: 'a2', email: 'bad' }));
    const error = failureOf(await uow.commit().catch((e: unknown) => e));
    expect(error.failures.map((f) => [f.label, f.properties.map((p) => p.property)])).toEqual([
      ['Account a2', ['email']],
      ['Account a1', ['balance']],
    ]);
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(0);
    await new UnitOfWork(table, { validation: false }).insert(account({ email: 'bad' })).commit();
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('leaves entities without class-validator decorators alone', async () => {
    const user = Object.assign(new User(), {
      username: 'u',
      email: 'not an email',
      joinedAt: new Date(),
    });
    await new EntityManager(table).insert(user);
    expect(mock.commandCalls(PutCommand)).toHaveLength(1);
  });
});

const bundle = path.resolve(__dirname, '../../dist/cjs/index.js');
(fs.existsSync(bundle) ? it : it.skip)(
  'the built package loads no class-validator when no entity uses it',
  () => {
    const program = `
      require('reflect-metadata');
      const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
      const { Table } = require('@dokklib/core');
      const { Attribute, Entity, EntityManager, PartitionKey } = require(${JSON.stringify(bundle)});
      class Note {}
      Reflect.defineMetadata('design:type', String, Note.prototype, 'id');
      PartitionKey()(Note.prototype, 'id');
      Attribute({ type: String })(Note.prototype, 'text');
      Entity('NOTE')(Note);
      const client = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
      client.middlewareStack.add(() => async () => ({ output: {} }), { step: 'initialize' });
      new EntityManager(new Table('t', { client })).insert(Object.assign(new Note(), { id: 'n', text: 't' }))
        .then(() => console.log(JSON.stringify(Object.keys(require.cache).filter((m) => m.includes('class-validator')))));
    `;
    const run = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout.trim()).toBe('[]');
  },
);

describe('where class-validator cannot be imported', () => {
  it('refuses to write entities that carry its decorators, saying why, instead of skipping validation', async () => {
    const error = await jestIsolated(async () => {
      jest.doMock('class-validator', () => {
        throw new Error("Cannot find module 'class-validator' from '@dokklib/decorators'");
      });
      const { EntityValidator: Fresh } = await import('./entity-validator.js');
      return new Fresh().check([account({ email: 'bad' })])?.catch((e: unknown) => e);
    });
    expect(error).toMatchObject({
      name: 'ValidatorUnavailableError',
      code: 'entity.validatorUnavailable',
    });
    expect((error as Error).message).toContain(
      "could not import class-validator (Cannot find module 'class-validator' from '@dokklib/decorators'); nothing was sent",
    );
    expect((error as Error).message).toContain('{ validation: false }');
  });
});

async function jestIsolated<T>(work: () => Promise<T>): Promise<T> {
  let result!: T;
  await jest.isolateModulesAsync(async () => {
    result = await work();
  });
  return result;
}
