import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The outcome of one test of a consumer project. */
export interface ConsumerTest {
  readonly name: string;
  readonly passed: boolean;
  readonly message: string;
}

/** What a command printed and how it ended. */
export interface CommandOutcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a consumer project's commands: this Node first on PATH (so `npm` and
 * the project's jest run on the Node running this suite), and none of this run's jest or
 * DynamoDB Local variables, so the project starts its own as a user's would.
 */
export function consumerEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('JEST_') || name === 'DOKKLIB_DYNAMODB_ENDPOINT') delete env[name];
  }
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? ''}`;
  return env;
}

/** Runs a command in `cwd` and collects its output; never throws for a non-zero exit. */
export function run(
  cwd: string,
  command: string,
  args: readonly string[],
): Promise<CommandOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: consumerEnvironment(), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a command and throws, with the end of its output, unless it exits with 0. */
export async function runOrThrow(
  cwd: string,
  command: string,
  args: readonly string[],
): Promise<string> {
  const outcome = await run(cwd, command, args);
  if (outcome.code !== 0) {
    const tail = `${outcome.stdout}\n${outcome.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd} (exit ${outcome.code}):\n${tail}`,
    );
  }
  return outcome.stdout;
}

/**
 * Copies a project template to `dir` and points its `"packed"` dependencies at the packed
 * tarballs, as a user's package.json would list them from the registry.
 */
export function layOutProject(
  template: string,
  dir: string,
  tarballs: ReadonlyMap<string, string>,
): void {
  fs.cpSync(template, dir, { recursive: true });
  const file = path.join(dir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const field of ['dependencies', 'devDependencies']) {
    const dependencies = (manifest[field] ?? {}) as Record<string, string>;
    for (const [name, range] of Object.entries(dependencies)) {
      if (range !== 'packed') continue;
      const tarball = tarballs.get(name);
      if (tarball === undefined) throw new Error(`No packed tarball for ${name}`);
      dependencies[name] = `file:${tarball}`;
    }
  }
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The tests of a jest `--json` report, by test file relative to `dir`. */
export function jestTestsByFile(dir: string, reportFile: string): Map<string, ConsumerTest[]> {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
    testResults: {
      name: string;
      message: string;
      assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
    }[];
  };
  const byFile = new Map<string, ConsumerTest[]>();
  for (const file of report.testResults) {
    const tests = file.assertionResults.map((a) => ({
      name: a.fullName,
      passed: a.status === 'passed',
      message: a.failureMessages.join('\n'),
    }));
    // A file that failed to compile or load has no tests, only a message.
    if (tests.length === 0) tests.push({ name: 'the file', passed: false, message: file.message });
    byFile.set(path.relative(dir, file.name), tests);
  }
  return byFile;
}

/** The tests `node --test` ran in one file, read from the JSON lines of `node-test-reporter.mjs`. */
export async function nodeTests(
  dir: string,
  file: string,
  reporter: string,
): Promise<ConsumerTest[]> {
  const outcome = await run(dir, process.execPath, [
    '--test',
    `--test-reporter=${reporter}`,
    '--test-reporter-destination=stdout',
    file,
  ]);
  const tests = outcome.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as ConsumerTest);
  if (tests.length === 0 || (outcome.code !== 0 && tests.every((t) => t.passed))) {
    tests.push({
      name: 'the run',
      passed: false,
      message: `exit ${outcome.code}\n${outcome.stderr}`,
    });
  }
  return tests;
}
