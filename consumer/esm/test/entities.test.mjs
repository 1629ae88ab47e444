import assert from 'node:assert/strict';
import test from 'node:test';
import { EntityManager, UnitOfWork } from '@dokklib/decorators';
import { inMemoryTable, mockTable, sentWrites, stubWrites } from '@dokklib/testing';
import { Address, User, alice } from './entities.mjs';

test('nested @Type classes and Dates read back as instances (in memory)', async () => {
  const { table } = inMemoryTable();
  const em = new EntityManager(table);
  await em.insert(alice());
  const read = await em.get(User, { username: 'alice' });
  assert.ok(read instanceof User);
  assert.ok(read.address instanceof Address);
  assert.equal(read.address.label(), '1 Main St, Oslo');
  assert.ok(read.joinedAt instanceof Date);
  assert.equal(read.joinedAt.toISOString(), '2024-05-01T10:00:00.000Z');
  assert.equal(read.version, 1);
});

test('a unit of work writes a change made after its first commit (version 3)', async () => {
  const { table } = inMemoryTable();
  await new EntityManager(table).insert(alice());
  const uow = new UnitOfWork(table);
  const user = await uow.get(User, { username: 'alice' });
  user.email = 'first@example.com';
  await uow.commit();
  user.email = 'second@example.com';
  await uow.commit();
  const stored = await new EntityManager(table).get(User, { username: 'alice' });
  assert.equal(stored.email, 'second@example.com');
  assert.equal(stored.version, 3);
});

test('the mocked client decodes what was sent in entity terms', async () => {
  const { entities, stub } = mockTable();
  stubWrites(stub);
  await entities.insert(alice());
  const [write] = sentWrites(stub);
  assert.equal(write.action, 'insert');
  assert.ok(write.entity instanceof User);
  assert.ok(write.entity.address instanceof Address);
});
