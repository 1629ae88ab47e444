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
