// The project's functions bundled by esbuild, as AWS CDK's NodejsFunction bundles them: the
// project has no class-validator (an optional peer of @dokklib/decorators), and esbuild
// emits no design:type metadata.
import fs from 'node:fs';
import path from 'node:path';
import { createTable, Table } from '@dokklib/core';
import { localDynamoDBClient, uniqueTableName } from '@dokklib/testing';
import { build, type BuildResult } from 'esbuild';

const OUT = path.join(__dirname, '..', 'bundled');

async function bundle(entry: string, name: string): Promise<{ file: string; result: BuildResult }> {
  const file = path.join(OUT, `${name}.js`);
  const result = await build({
    entryPoints: [path.join(__dirname, '..', entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['@aws-sdk/*', '@smithy/*'],
    metafile: true,
    logLevel: 'silent',
  });
  return { file, result };
}

let handlerBundle: { file: string; result: BuildResult };

beforeAll(async () => {
  handlerBundle = await bundle('src/lambda/handler.ts', 'handler');
});

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

describe('bundled by esbuild', () => {
  it('bundles without class-validator installed, and none of it is in the bundle', async () => {
    expect(() => require.resolve('class-validator')).toThrow();
    const { result } = handlerBundle;
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((f) => f.includes('node_modules/@dokklib/decorators/'))).toBe(true);
    expect(inputs.filter((f) => f.includes('class-validator'))).toEqual([]);
  });

  it('stores and reads back Dates, Sets and nested classes where each property names its type', async () => {
    const table = new Table(uniqueTableName('bundled'), { client: localDynamoDBClient() });
    await createTable(table);
    const { handler } = (await import(
      handlerBundle.file
    )) as typeof import('../src/lambda/handler');
    const endpoint = process.env.DOKKLIB_DYNAMODB_ENDPOINT!;
    await expect(handler({ endpoint, tableName: table.name, id: 'e1' })).resolves.toEqual({
      at: '2026-12-07T10:00:00.000Z',
      tags: ['dynamo'],
      place: 'in Oslo',
      version: 1,
    });
  });

  it('refuses entities relying on design:type metadata with an error saying so, not a wrong read', async () => {
    const { file } = await bundle('src/entities.ts', 'entities');
    await expect(import(file)).rejects.toThrow(
      /Entity USER \(class User\): no type is known for username, email, joinedAt, address, version\. TypeScript's design:type metadata is missing: the code was compiled without "emitDecoratorMetadata"/,
    );
  });
});
