import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The CommonJS bundles scripts/build-package.js makes; CI builds before it tests. */
const ROOT = path.resolve(__dirname, '../../..');
const bundles = ['core', 'decorators'].map((name) =>
  path.join(ROOT, 'packages', name, 'dist', 'cjs', 'index.js'),
);
const built = bundles.every((file) => fs.existsSync(file));

/** How a bundle's exports look to a CommonJS program (run by Node, not jest's loader). */
function exportsOf(file: string): { esModule: unknown; names: number; getters: string[] } {
  const program = `const m = require(${JSON.stringify(file)});
const descriptors = Object.getOwnPropertyDescriptors(m);
console.log(JSON.stringify({
  esModule: m.__esModule,
  names: Object.keys(m).length,
  getters: Object.keys(descriptors).filter((name) => descriptors[name].get !== undefined),
}));`;
  const result = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8', cwd: ROOT });
  if (result.status !== 0) throw new Error(`loading ${file} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
}

// What keeps the bundles cheap to load (bench/cold-start): each is a cost at every cold start.
(built ? describe : describe.skip)('CommonJS bundles (needs the built packages)', () => {
  it.each(bundles)('exports plain values, no getters (%s)', (file) => {
    const { esModule, names, getters } = exportsOf(file);
    expect(esModule).toBe(true);
    expect(names).toBeGreaterThan(10);
    expect(getters).toEqual([]);
  });

  it.each(bundles)('requires each dependency once (%s)', (file) => {
    const requires: string[] = fs.readFileSync(file, 'utf8').match(/\brequire\("[^"]+"\)/g) ?? [];
    expect(requires.length).toBeGreaterThan(0);
    expect(requires.filter((r, i) => requires.indexOf(r) !== i)).toEqual([]);
  });

  it.each(bundles)('is ASCII only, so Node reads it as a one-byte string (%s)', (file) => {
    const code = fs.readFileSync(file, 'utf8');
    expect([...code].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
  });
});
