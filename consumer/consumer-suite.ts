import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type ConsumerTest,
  jestTestsByFile,
  layOutProject,
  nodeTests,
  run,
  runOrThrow,
} from './consumer-project';

/** The checkout whose packages are packed: this one, or `$DOKKLIB_CONSUMER_ROOT` (e.g. an older commit's). */
const ROOT = path.resolve(process.env.DOKKLIB_CONSUMER_ROOT ?? path.join(__dirname, '..'));
const PACKAGES = ['core', 'decorators', 'testing'];
const REPORTER = path.join(__dirname, 'node-test-reporter.mjs');

/** The checks of the consumer suite, each with the tests it ran, in a fixed order. */
export type ConsumerResults = Map<string, ConsumerTest[]>;

/** What the suite ran, and how long each step took (ms). */
export interface ConsumerRun {
  readonly results: ConsumerResults;
  readonly timings: Record<string, number>;
}

/** The checks the suite reports, known before it runs: one per test file, then the two install checks. */
export function consumerChecks(): string[] {
  const files = (project: string, dir: string, pattern: RegExp) =>
    fs
      .readdirSync(path.join(__dirname, project, dir))
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => `${project}: ${dir}/${name}`);
  return [
    ...files('cjs', 'test', /\.test\.ts$/),
    'cjs: second-copy.check.cjs',
    'cjs: npm refuses a conflicting class-transformer',
    ...files('esm', 'test', /\.test\.mjs$/),
  ];
}

/**
 * Packs the three packages (built beforehand), installs the tarballs into two projects
 * outside the repository beside the user's own dependencies (a CommonJS TypeScript one with
 * ts-jest, an ES-module one in plain JavaScript), runs their tests, then removes them.
 */
export async function runConsumerSuite(): Promise<ConsumerRun> {
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - start;
    }
  };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dokklib-consumer-'));
  try {
    const tarballs = await timed('pack', () => pack(path.join(work, 'packs')));
    const cjs = path.join(work, 'cjs');
    const esm = path.join(work, 'esm');
    layOutProject(path.join(__dirname, 'cjs'), cjs, tarballs);
    layOutProject(path.join(__dirname, 'esm'), esm, tarballs);
    await timed('install', () => Promise.all([install(cjs), install(esm)]));
    const results: ConsumerResults = new Map();
    await timed('cjs jest', () => runJest(cjs, results));
    await timed('cjs checks', () => checkInstalls(cjs, results));
    await timed('esm node --test', () => runNodeTests(esm, results));
    return { results, timings };
  } finally {
    if (process.env.DOKKLIB_KEEP_CONSUMER !== '1')
      fs.rmSync(work, { recursive: true, force: true });
  }
}

async function pack(dir: string): Promise<Map<string, string>> {
  for (const name of PACKAGES) {
    if (!fs.existsSync(path.join(ROOT, 'packages', name, 'dist', 'cjs', 'index.js'))) {
      throw new Error(`packages/${name} is not built: run npm run build (npm test does) first.`);
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const workspaces = PACKAGES.flatMap((name) => ['--workspace', `packages/${name}`]);
  const out = await runOrThrow(ROOT, 'npm', [
    'pack',
    ...workspaces,
    '--pack-destination',
    dir,
    '--ignore-scripts',
    '--json',
  ]);
  const packed = JSON.parse(out) as { name: string; filename: string }[];
  return new Map(packed.map((p) => [p.name, path.join(dir, p.filename)]));
}

function install(dir: string): Promise<string> {
  return runOrThrow(dir, 'npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
  ]);
}

async function runJest(dir: string, results: ConsumerResults): Promise<void> {
  const report = path.join(dir, 'jest-results.json');
  const outcome = await run(dir, 'npx', ['jest', '--json', `--outputFile=${report}`]);
  if (!fs.existsSync(report))
    throw new Error(`The project's jest wrote no report:\n${outcome.stderr}`);
  for (const [file, tests] of jestTestsByFile(dir, report)) results.set(`cjs: ${file}`, tests);
}

/**
 * npm refuses a project whose own class-transformer is outside the peer range, instead of
 * nesting a second copy; and a second copy that still gets in (put where npm would nest
 * one) is loud.
 */
async function checkInstalls(dir: string, results: ConsumerResults): Promise<void> {
  results.set('cjs: npm refuses a conflicting class-transformer', [await conflictingInstall(dir)]);
  const modules = path.join(dir, 'node_modules');
  fs.cpSync(
    path.join(modules, 'class-transformer'),
    path.join(modules, '@dokklib', 'decorators', 'node_modules', 'class-transformer'),
    { recursive: true },
  );
  results.set(
    'cjs: second-copy.check.cjs',
    await nodeTests(dir, 'second-copy.check.cjs', REPORTER),
  );
}

/** The project's package.json with class-transformer 0.4.0, installed (dry run) in a folder of its own. */
async function conflictingInstall(dir: string): Promise<ConsumerTest> {
  const conflict = path.join(path.dirname(dir), 'conflict');
  fs.mkdirSync(conflict);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  manifest.dependencies['class-transformer'] = '0.4.0';
  fs.writeFileSync(path.join(conflict, 'package.json'), JSON.stringify(manifest));
  const outcome = await run(conflict, 'npm', [
    'install',
    '--dry-run',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
  ]);
  const refused =
    outcome.code !== 0 &&
    /ERESOLVE/.test(outcome.stderr) &&
    outcome.stderr.includes('peer class-transformer@"^0.5.1" from @dokklib/decorators');
  return {
    name: 'npm install with class-transformer 0.4.0 fails with ERESOLVE naming the peer',
    passed: refused,
    message: refused ? '' : `exit ${outcome.code}\n${outcome.stderr.slice(-3000)}`,
  };
}

async function runNodeTests(dir: string, results: ConsumerResults): Promise<void> {
  const files = fs
    .readdirSync(path.join(dir, 'test'))
    .filter((name) => name.endsWith('.test.mjs'))
    .sort();
  for (const file of files) {
    results.set(`esm: test/${file}`, await nodeTests(dir, path.join('test', file), REPORTER));
  }
}
