import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A copy of class-transformer on disk. */
export interface ClassTransformerCopy {
  /** Its folder. */
  readonly path: string;
  /** Its `package.json` version (`'?'` if unreadable). */
  readonly version: string;
}

/**
 * Where class-transformer is found from the current folder (the user's project): the
 * copy their own `import { Type } from 'class-transformer'` most likely fills.
 */
export function projectClassTransformer(): ClassTransformerCopy | undefined {
  return locateClassTransformer(createRequire(path.join(process.cwd(), 'package.json')));
}

/** The copy `require` resolves `class-transformer` to, if any. */
export function locateClassTransformer(require: NodeJS.Require): ClassTransformerCopy | undefined {
  let manifest: string;
  try {
    manifest = require.resolve('class-transformer/package.json');
  } catch {
    return undefined;
  }
  let version = '?';
  try {
    version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
  } catch {
    // The folder still names the copy.
  }
  return { path: path.dirname(manifest), version };
}
