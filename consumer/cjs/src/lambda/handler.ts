// A function's handler, bundled by esbuild in test/esbuild-bundle.test.ts: it stores an
// event and reads it back through the entity manager.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Table } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import { Event, Place } from './event';

export interface EventRequest {
  readonly endpoint: string;
  readonly tableName: string;
  readonly id: string;
}

export async function handler(request: EventRequest): Promise<Record<string, unknown>> {
  const client = new DynamoDBClient({
    endpoint: request.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const entities = new EntityManager(new Table(request.tableName, { client }));
  const place = Object.assign(new Place(), { city: 'Oslo' });
  const at = new Date('2026-12-07T10:00:00.000Z');
  await entities.insert(
    Object.assign(new Event(), { id: request.id, at, tags: new Set(['dynamo']), place }),
  );
  const read = await entities.get(Event, { id: request.id }, { consistent: true });
  client.destroy();
  return {
    at: read?.at instanceof Date ? read.at.toISOString() : `not a Date: ${String(read?.at)}`,
    tags: read?.tags instanceof Set ? [...read.tags] : `not a Set: ${String(read?.tags)}`,
    place: read?.place instanceof Place ? read.place.label() : 'not a Place',
    version: read?.version,
  };
}
