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
  const bundles = [
    { format: 'esm', outfile: 'dist/esm/index.js' },
    { format: 'cjs', outfile: 'dist/cjs/index.js' },
  ].map((out) => {
    // The ES bundle is built first: the CommonJS one takes the CommonJS-only variants.
    if (out.format === 'cjs') useCommonJsVariants('dist/esm');
    return esbuild.buildSync({
      entryPoints: ['dist/esm/index.js'],
      bundle: true,
      packages: 'external',
      platform: 'node',
      target: 'node18',
      format: out.format,
      outfile: out.outfile,
      sourcemap: true,
      write: false,
      logLevel: 'error',
      tsconfigRaw: {},
    });
  });
  for (const out of outputs) removeModulesButIndex(out.dir);
  for (const bundle of bundles) {
    for (const file of bundle.outputFiles) fs.writeFileSync(file.path, file.contents);
  }
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
