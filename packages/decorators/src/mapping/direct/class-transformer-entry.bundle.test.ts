import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** The repository's root; programs are written below its node_modules so that packages resolve. */
const ROOT = path.resolve(__dirname, '../../../../..');
/** The programs import the built packages; CI builds before it tests. */
const built = ['core', 'decorators'].every((name) =>
  fs.existsSync(path.join(ROOT, 'packages', name, 'dist', 'cjs', 'index.js')),
);

type Format = 'cjs' | 'esm';

/** `import`s or `require`s of the modules the programs use. */
function imports(format: Format, modules: Record<string, string>): string {
  return Object.entries(modules)
    .map(([module, names]) =>
      format === 'esm'
        ? `import { ${names} } from '${module}';`
        : `const { ${names} } = require('${module}');`,
    )
    .join('\n');
}

/**
 * A program declaring an entity whose `secret` has class-transformer's `@Exclude` and whose
 * `address` its `@Type`, both imported from 'class-transformer' (decorators applied by hand,
 * as compiled TypeScript does); it prints what is stored and what is read back.
 */
function decoratedProgram(format: Format): string {
  return `${imports(format, {
    '@aws-sdk/client-dynamodb': 'DynamoDBClient',
    '@dokklib/core': 'Table',
    '@dokklib/decorators':
      'Attribute, Entity, PartitionKey, entityMetadata, entityToAttributes, itemToEntity',
    'class-transformer': 'Exclude, Type',
  })}
class Address {}
class User {}
Reflect.defineMetadata('design:type', String, User.prototype, 'username');
PartitionKey()(User.prototype, 'username');
Attribute({ type: String })(User.prototype, 'secret');
Exclude()(User.prototype, 'secret');
Attribute({ type: Address })(User.prototype, 'address');
Type(() => Address)(User.prototype, 'address');
Entity('USER')(User);
const config = new Table('t', { client: new DynamoDBClient({ region: 'us-east-1' }) }).config;
const user = Object.assign(new User(), { username: 'alice', secret: 's', address: { street: 'x' } });
const stored = entityToAttributes(config, entityMetadata(User), user);
const read = itemToEntity(config, entityMetadata(User), { PK: 'USER#alice', address: { street: 'x' } });
console.log(JSON.stringify({ stored: Object.keys(stored), address: read.address instanceof Address }));
`;
}

/** Writes a program into a fresh directory below node_modules; returns its path. */
function writeProgram(dir: string, format: Format, text: string): string {
  const file = path.join(dir, `program.${format === 'esm' ? 'mjs' : 'cjs'}`);
  fs.writeFileSync(file, text);
  return file;
}

/** Runs a program with node; returns the JSON line it printed. */
function run(file: string): unknown {
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${file} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
}

/** Bundles a program as a bundler for Lambda would: the SDK external, the rest bundled. */
function bundle(dir: string, format: Format, text: string, mainFields: string[]): string {
  const source = writeProgram(dir, format, text);
  const [output] = buildSync({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format,
    mainFields,
    external: ['@aws-sdk/*', '@smithy/*'],
    // Not the repository's tsconfig, whose paths lead to the packages' sources.
    tsconfigRaw: {},
    write: false,
    logLevel: 'error',
    outfile: path.join(dir, `bundle.${format === 'esm' ? 'mjs' : 'cjs'}`),
  }).outputFiles;
  fs.writeFileSync(output.path, output.contents);
  return output.path;
}

const EXPECTED = { stored: ['_type', 'address'], address: true };

(built ? describe : describe.skip)(
  'class-transformer as users import it (needs the built packages)',
  () => {
    let dir: string;

    beforeEach(() => {
      fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
      dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'dokklib-bundle-test-'));
    });

    afterEach(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it.each(['cjs', 'esm'] as const)('applies @Exclude and @Type under Node (%s)', (format) => {
      expect(run(writeProgram(dir, format, decoratedProgram(format)))).toEqual(EXPECTED);
    });

    // Resolving `module` first gives the users class-transformer's ES build, with a storage of its own.
    it.each([
      ['cjs', ['main', 'module']],
      ['esm', ['main', 'module']],
      ['cjs', ['module', 'main']],
      ['esm', ['module', 'main']],
    ] as const)('applies them when bundled (%s, main fields %j)', (format, mainFields) => {
      const file = bundle(dir, format, decoratedProgram(format), [...mainFields]);
      expect(run(file)).toEqual(EXPECTED);
    });

    it.each(['cjs', 'esm'] as const)(
      'still refuses a nested class without @Type when bundled module first (%s)',
      (format) => {
        const program = decoratedProgram(format).replace(
          "Type(() => Address)(User.prototype, 'address');",
          '',
        );
        const file = bundle(dir, format, program, ['module', 'main']);
        expect(() => run(file)).toThrow(
          /property address is declared as class Address, but the class-transformer that @dokklib\/decorators reads.* holds no @Type for it/,
        );
      },
    );

    it('loads the main entry only when an entity needs it (CommonJS under Node)', () => {
      const program = `${imports('cjs', {
        '@aws-sdk/client-dynamodb': 'DynamoDBClient',
        '@dokklib/core': 'Table',
        '@dokklib/decorators': 'Attribute, Entity, PartitionKey, UnitOfWork',
      })}
const loaded = () => Object.keys(require.cache).some((f) => /class-transformer.cjs.index\\.js$/.test(f));
class User {}
Reflect.defineMetadata('design:type', String, User.prototype, 'username');
PartitionKey()(User.prototype, 'username');
Attribute({ type: String })(User.prototype, 'name');
Entity('USER')(User);
const client = new DynamoDBClient({ region: 'us-east-1' });
const user = Object.assign(new User(), { username: 'alice', name: 'Alice' });
new UnitOfWork(new Table('t', { client })).insert(user).toTransactWriteInput();
const afterPut = loaded();
require('class-transformer');
console.log(JSON.stringify({ afterPut, afterRequire: loaded() }));
`;
      expect(run(writeProgram(dir, 'cjs', program))).toEqual({
        afterPut: false,
        afterRequire: true,
      });
    });
  },
);
