import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { COLD_START_DIR, type ColdStartProgram } from './cold-start-programs.js';

/** Where the bundled `@dokklib/*` packages come from. */
export type BundleSource = 'dist' | 'src';

/** A program's bundle, as on AWS Lambda: minified, `@aws-sdk/*` and `@smithy/*` external. */
export interface BundleSize {
  readonly name: ColdStartProgram['name'];
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** The bundle as a CommonJS file (same tree-shaking), for a cold start as on Lambda. */
  readonly commonJs: Uint8Array;
}

const SOURCES: Record<string, string> = {
  '@dokklib/core': `${COLD_START_DIR}/../../packages/core/src/index.ts`,
  '@dokklib/decorators': `${COLD_START_DIR}/../../packages/decorators/src/index.ts`,
};

/**
 * Bundles the program with esbuild (ESM, tree-shaken, minified). With `'src'` the packages
 * are bundled from their TypeScript sources, so no build is needed (for the smoke test).
 */
export async function bundleSize(
  program: ColdStartProgram,
  source: BundleSource = 'dist',
): Promise<BundleSize> {
  const [esm, cjs] = await Promise.all([
    bundle(program, source, 'esm'),
    bundle(program, source, 'cjs'),
  ]);
  return {
    name: program.name,
    minifiedBytes: esm.length,
    gzipBytes: gzipSync(esm).length,
    commonJs: cjs,
  };
}

async function bundle(
  program: ColdStartProgram,
  source: BundleSource,
  format: 'esm' | 'cjs',
): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: program.bundleSource, resolveDir: COLD_START_DIR, loader: 'js' },
    bundle: true,
    minify: true,
    format,
    platform: 'node',
    target: 'node18',
    // class-validator is an optional peer, installed here for its own tests: left out, the
    // bundle is what a project without it gets (the import is left unresolved, caught at run time).
    external: ['@aws-sdk/*', '@smithy/*', 'class-validator'],
    alias: source === 'src' ? SOURCES : {},
    tsconfigRaw: {},
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}

/** Writes each bundle's CommonJS file into `dir` (inside the repository, so that the SDK resolves); returns the paths. */
export function writeBundles(bundles: readonly BundleSize[], dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return bundles.map((bundle) => {
    const file = path.join(dir, `${bundle.name}.cjs`);
    fs.writeFileSync(file, bundle.commonJs);
    return file;
  });
}
