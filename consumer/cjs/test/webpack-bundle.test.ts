// The project's functions bundled by webpack with ts-loader (tsc, so with design:type
// metadata); the project has no class-validator, an optional peer of @dokklib/decorators.
import fs from 'node:fs';
import path from 'node:path';
import { createTable, Table } from '@dokklib/core';
import { localDynamoDBClient, uniqueTableName } from '@dokklib/testing';
import webpack, { type Stats } from 'webpack';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'webpacked');

function bundle(entry: string): Promise<{ file: string; stats: Stats }> {
  const compiler = webpack({
    mode: 'production',
    target: 'node',
    context: ROOT,
    entry: path.join(ROOT, entry),
    output: { path: OUT, filename: 'membership.js', library: { type: 'commonjs2' } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }],
    },
    externals: [/^@aws-sdk\//, /^@smithy\//],
    optimization: { minimize: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats === undefined) reject(error ?? new Error('webpack gave no stats'));
      else resolve({ file: path.join(OUT, 'membership.js'), stats });
    });
  });
}

let bundled: { file: string; stats: Stats };

beforeAll(async () => {
  bundled = await bundle('src/lambda/membership-handler.ts');
}, 120_000);

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

describe('bundled by webpack', () => {
  it('compiles without class-validator installed: a warning that it is not there, no error', () => {
    expect(() => require.resolve('class-validator')).toThrow();
    const { errors, warnings, modules } = bundled.stats.toJson({ modules: true });
    expect(errors).toEqual([]);
    const missing = (warnings ?? []).filter((w) =>
      /Can't resolve 'class-validator'/.test(w.message),
    );
    expect(missing).toHaveLength(1);
    expect((modules ?? []).filter((m) => m.name?.includes('class-validator'))).toEqual([]);
  });

  it('runs the membership service from the bundle: Dates, nested classes and the unit of work', async () => {
    const table = new Table(uniqueTableName('webpacked'), { client: localDynamoDBClient() });
    await createTable(table);
    const { membershipHandler } = (await import(
      bundled.file
    )) as typeof import('../src/lambda/membership-handler');
    const endpoint = process.env.DOKKLIB_DYNAMODB_ENDPOINT!;
    await expect(
      membershipHandler({ endpoint, tableName: table.name, id: 'alice' }),
    ).resolves.toEqual({
      joinedAt: '2024-05-01T10:00:00.000Z',
      address: '1 Main St, Oslo',
      members: 1,
      groupVersion: 2,
    });
  });
});
