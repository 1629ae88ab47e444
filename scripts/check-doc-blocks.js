#!/usr/bin/env node
/**
 * Checks the TypeScript code blocks of README.md and docs/*.md against the built packages.
 *
 * Every ```ts block is a module of its own and is type-checked (strict, decorators on), so
 * a changed API breaks the docs build rather than a user. A comment line before the block
 * says otherwise:
 * - `<!-- doc-block: continues -->`: the block goes on from the previous block of the same
 *   file (it is checked together with the blocks before it, back to one without this mark);
 * - `<!-- doc-block: run -->` (or `continues, run`): also run, unchanged, against an
 *   in-memory DynamoDB endpoint (the SDK reads `AWS_ENDPOINT_URL_DYNAMODB`), so
 *   `new DynamoDBClient({})` in the block reaches it;
 * - `<!-- doc-block: fragment -->`: a part of a program that is not shown; only counted.
 * A `<!-- doc-given: … -->` line right before the block (or before its mark) holds
 * TypeScript put before the block's code, unseen by readers: the imports and `declare`s of
 * what the prose around it already introduced (`declare const table: Table;`).
 * Run `npm run build` first. Prints one line per file and a total; exits 1 on any error.
 */
const { execFile, execFileSync } = require('node:child_process');
const { promisify } = require('node:util');

const execFileAsync = promisify(execFile);
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, '.doc-blocks');
const MARKER = /^<!--\s*doc-block:\s*([a-z, ]+?)\s*-->\s*$/;
const MARKS = new Set(['fragment', 'run', 'continues']);
const GIVEN = /^<!--\s*doc-given:\s*(.*?)\s*-->\s*$/;

/** The markdown files whose blocks are checked. */
function documents() {
  const docs = path.join(ROOT, 'docs');
  const guides = fs.existsSync(docs)
    ? fs
        .readdirSync(docs)
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join('docs', name))
    : [];
  return ['README.md', ...guides.sort()];
}

/** The ```ts blocks of one markdown file: their line, kind and code. */
function blocksOf(file) {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const before = [lines[i - 1], lines[i - 2]].map((line) => (line ?? '').trim());
    const marker = MARKER.exec(before[0]);
    const givenLine = before.map((line) => GIVEN.exec(line)).find((match) => match !== null);
    const given = givenLine ? `${givenLine[1]}\n` : '';
    const marks = new Set(marker ? marker[1].split(',').map((mark) => mark.trim()) : []);
    for (const mark of marks) {
      if (!MARKS.has(mark)) throw new Error(`${file}:${i}: unknown doc-block mark "${mark}"`);
    }
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end += 1;
    if (end === lines.length) throw new Error(`${file}:${i + 1}: a code block is not closed`);
    const code = lines.slice(start, end).join('\n');
    const previous = blocks[blocks.length - 1];
    const continues = marks.has('continues');
    if (continues && (previous === undefined || previous.kind === 'fragment')) {
      throw new Error(`${file}:${i + 1}: a block that continues needs a checked block before it`);
    }
    const kind = marks.has('fragment') ? 'fragment' : marks.has('run') ? 'run' : 'module';
    const program = continues
      ? `${previous.program}\n// ${file}:${i + 1}\n${given}${code}`
      : `${given}${code}`;
    blocks.push({ file, line: i + 1, kind, program });
    i = end;
  }
  return blocks;
}

/** Writes the checked blocks as modules under .doc-blocks/src, with a tsconfig for them. */
function writeProject(blocks) {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, 'src'), { recursive: true });
  const files = blocks.map((block, index) => {
    const name = `${path.basename(block.file, '.md').toLowerCase()}-${String(index).padStart(3, '0')}.ts`;
    const header = `// ${block.file}:${block.line}\n`;
    fs.writeFileSync(path.join(OUT, 'src', name), `${header}${block.program}\nexport {};\n`);
    return { ...block, name };
  });
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ES2022',
      moduleResolution: 'bundler',
      strict: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      skipLibCheck: true,
      types: ['node', 'jest'],
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src'],
  };
  fs.writeFileSync(path.join(OUT, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  // Emitted as ES modules, so that blocks may await at the top level.
  fs.mkdirSync(path.join(OUT, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'dist', 'package.json'), '{ "type": "module" }\n');
  return files;
}

/** Type-checks (and emits) every checked block; returns tsc's output, empty when clean. */
function compile() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(OUT, 'tsconfig.json')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
}

/** Runs the emitted `run` blocks, each in its own process, against an in-memory endpoint. */
async function runBlocks(files) {
  const { startInMemoryDynamoDB } = require('@dokklib/testing/in-memory');
  const failures = [];
  for (const file of files.filter((f) => f.kind === 'run')) {
    const server = await startInMemoryDynamoDB();
    try {
      // Imported and then exited: a client's kept-alive sockets would hold the process open.
      const url = pathToFileURL(path.join(OUT, 'dist', file.name.replace(/\.ts$/, '.js'))).href;
      const program = `await import(${JSON.stringify(url)}); process.exit(0);`;
      // Not execFileSync: the endpoint answers from this process, whose loop must run.
      await execFileAsync(process.execPath, ['--input-type=module', '-e', program], {
        cwd: ROOT,
        stdio: 'pipe',
        encoding: 'utf8',
        env: {
          ...process.env,
          AWS_ENDPOINT_URL_DYNAMODB: server.endpoint,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'docs',
          AWS_SECRET_ACCESS_KEY: 'docs',
          NODE_NO_WARNINGS: '1',
        },
        timeout: 60_000,
      });
    } catch (error) {
      failures.push(
        `${file.file}:${file.line}: the block failed when run\n${error.stderr ?? error.message}`,
      );
    } finally {
      await server.stop();
    }
  }
  return failures;
}

async function main() {
  const blocks = documents().flatMap(blocksOf);
  const checked = writeProject(blocks.filter((block) => block.kind !== 'fragment'));
  const errors = compile();
  const failures = errors === '' ? await runBlocks(checked) : [];
  for (const file of documents()) {
    const of = blocks.filter((block) => block.file === file);
    const count = (kind) => of.filter((block) => block.kind === kind).length;
    console.log(
      `${file}: ${of.length} blocks (${count('module') + count('run')} type-checked, ${count('run')} run, ${count('fragment')} fragments)`,
    );
  }
  const runs = blocks.filter((block) => block.kind === 'run').length;
  console.log(
    `doc blocks: ${blocks.length}, type-checked ${checked.length}, run ${runs}, fragments ${blocks.length - checked.length}`,
  );
  if (errors !== '') {
    console.error(errors.replace(/\.doc-blocks\/src\//g, '.doc-blocks/src/'));
    console.error(
      'Type errors in doc blocks (each file under .doc-blocks/src names its source line).',
    );
  }
  for (const failure of failures) console.error(failure);
  if (errors !== '' || failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
