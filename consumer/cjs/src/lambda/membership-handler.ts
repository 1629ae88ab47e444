// A function's handler over the project's own entities (compiled by tsc through ts-loader,
// so with their design:type metadata), bundled by webpack in test/webpack-bundle.test.ts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Table } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import { Address, Group, User } from '../entities';
import { MembershipService } from '../membership-service';
import type { EventRequest } from './handler';

export async function membershipHandler(request: EventRequest): Promise<Record<string, unknown>> {
  const client = new DynamoDBClient({
    endpoint: request.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const table = new Table(request.tableName, { client });
  const entities = new EntityManager(table);
  const service = new MembershipService(table);
  await entities.insert(
    Object.assign(new User(), {
      username: request.id,
      email: `${request.id}@example.com`,
      joinedAt: new Date('2024-05-01T10:00:00.000Z'),
      address: Object.assign(new Address(), { street: '1 Main St', city: 'Oslo' }),
    }),
  );
  await service.createGroup('red');
  await service.join(request.id, 'red', 'admin');
  const user = await entities.get(User, { username: request.id }, { consistent: true });
  const group = await entities.get(Group, { name: 'red' }, { consistent: true });
  client.destroy();
  return {
    joinedAt: user?.joinedAt instanceof Date ? user.joinedAt.toISOString() : 'not a Date',
    address: user?.address instanceof Address ? user.address.label() : 'not an Address',
    members: group?.members,
    groupVersion: group?.version,
  };
}
