#!/usr/bin/env node
// Builds the package in the current directory twice with tsc: CommonJS into dist/cjs and
// ES modules into dist/esm, each with a package.json that tells Node which format it holds.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const tsc = require.resolve('typescript/bin/tsc');
const outputs = [
  { dir: 'dist/cjs', module: 'CommonJS', resolution: 'node10', type: 'commonjs' },
  { dir: 'dist/esm', module: 'ES2022', resolution: 'bundler', type: 'module' },
];

fs.rmSync('dist', { recursive: true, force: true });
for (const out of outputs) {
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      'tsconfig.build.json',
      '--outDir',
      out.dir,
      '--module',
      out.module,
      '--moduleResolution',
      out.resolution,
    ],
    { stdio: 'inherit' },
  );
  fs.writeFileSync(path.join(out.dir, 'package.json'), JSON.stringify({ type: out.type }) + '\n');
}

// A package with one entry point ships it as one file per format (bare imports stay
// external): Node then loads one module instead of ~150, which is most of the cold start
// the package adds (see bench/notes.md). The per-file output stays for the type declarations.
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const entries = Object.keys(pkg.exports ?? {}).filter((entry) => entry !== './package.json');
if (entries.length === 1 && entries[0] === '.') {
  const esbuild = require('esbuild');
  const options = {
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node18',
    sourcemap: true,
    write: false,
    logLevel: 'error',
    tsconfigRaw: {},
  };
  const esm = esbuild.buildSync({
    ...options,
    entryPoints: ['dist/esm/index.js'],
    format: 'esm',
    outfile: 'dist/esm/index.js',
    metafile: true,
  });
  // The CommonJS bundle takes the CommonJS-only variants.
  useCommonJsVariants('dist/esm');
  const cjs = esbuild.buildSync({
    ...options,
    stdin: commonJsEntry(exportedNames(esm)),
    format: 'cjs',
    outfile: 'dist/cjs/index.js',
  });
  const bundles = [esm, cjs];
  for (const out of outputs) removeModulesButIndex(out.dir);
  for (const bundle of bundles) {
    for (const file of bundle.outputFiles) {
      if (!file.path.endsWith('.js')) fs.writeFileSync(file.path, file.contents);
      else if (bundle === cjs) fs.writeFileSync(file.path, asciiOnly(requireEachOnce(file.text)));
      else fs.writeFileSync(file.path, asciiOnly(file.text));
    }
  }
}

/**
 * esbuild's CommonJS bundle `require`s a dependency once per module that imports it (~25
 * times for @dokklib/core). Node resolves each such call again (its cache of resolutions
 * misses for a module the application loaded first), ~0.1 ms each at a cold start; every
 * later one now takes the value the first returned (the same object). Lines stay lines, so
 * the source map still holds.
 */
function requireEachOnce(code) {
  const first = new Map();
  return code.replace(/^var (\w+) = require\(("[^"\n]+")\);$/gm, (line, name, module) => {
    const earlier = first.get(module);
    if (earlier === undefined) first.set(module, name);
    return earlier === undefined ? line : `var ${name} = ${earlier};`;
  });
}

/**
 * The names the ES bundle exports, checked to be plain identifiers that the bundle never
 * assigns again (`name = …` on a line of its own): their values can then be copied once.
 */
function exportedNames(esm) {
  const names = Object.values(esm.metafile.outputs).flatMap((output) => output.exports ?? []);
  const code = esm.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const bad = names.filter(
    (name) =>
      !/^[A-Za-z_$][\w$]*$/.test(name) ||
      name === 'default' ||
      new RegExp(
        `^\\s*${name.replace(/\$/g, '\\$')}\\s*(\\?\\?|\\|\\||&&|[-+*/%&|^])?=(?!=)`,
        'm',
      ).test(code),
  );
  if (names.length === 0 || bad.length > 0) throw new Error(`Unexpected exports: ${bad}`);
  return names;
}

/**
 * The CommonJS bundle's entry: it imports every export and assigns it to `exports` once,
 * after the package has loaded. esbuild's own entry would define a getter per export, and
 * copy each into `module.exports` with another getter: work at every cold start, and a
 * getter call at every later use. No exported binding is assigned again (`exportedNames`
 * checks), so plain values behave the same.
 */
function commonJsEntry(names) {
  const lines = [
    `import { ${names.join(', ')} } from './dist/esm/index.js';`,
    "Object.defineProperty(exports, '__esModule', { value: true });",
    ...names.map((name) => `exports.${name} = ${name};`),
  ];
  return { contents: lines.join('\n') + '\n', resolveDir: process.cwd(), sourcefile: 'index.cjs' };
}

/**
 * The code with every non-ASCII character escaped. esbuild escapes them in the code but not
 * in the comments it keeps; one such character makes Node decode the whole file into a
 * two-byte string, which V8 then scans more slowly (~0.4 ms for @dokklib/core).
 */
function asciiOnly(code) {
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Puts each module's CommonJS-only variant (`name.cjs.ts`, compiled to `name.cjs.js`, e.g. one
 * that `require`s a dependency when first needed, which an ES module cannot) in its place.
 */
function useCommonJsVariants(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) useCommonJsVariants(file);
    else if (entry.name.endsWith('.cjs.js')) {
      fs.copyFileSync(file, file.replace(/\.cjs\.js$/, '.js'));
    }
  }
}

/** Leaves only the bundle's files and the type declarations: a stray module would hold its own copies of the classes. */
function removeModulesButIndex(dir, top = dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) removeModulesButIndex(file, top);
    else if (/\.js(\.map)?$/.test(entry.name) && !(dir === top && /^index\.js/.test(entry.name))) {
      fs.rmSync(file);
    }
  }
}
