import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The folder of the class-transformer found from the current folder (the user's project):
 * the copy their own `import { Type } from 'class-transformer'` most likely fills.
 */
export function projectClassTransformer(): string | undefined {
  return locateClassTransformer(createRequire(join(process.cwd(), 'package.json')));
}

/** The folder of the class-transformer `require` resolves, if any. */
export function locateClassTransformer(require: NodeJS.Require): string | undefined {
  try {
    return dirname(require.resolve('class-transformer/package.json'));
  } catch {
    return undefined;
  }
}

/** A copy of class-transformer named for a message: `<folder>, <version>`. */
export function describeClassTransformer(folder: string): string {
  let version = '?';
  try {
    const manifest = readFileSync(join(folder, 'package.json'), 'utf8');
    version = String((JSON.parse(manifest) as { version?: unknown }).version);
  } catch {
    // The folder still names the copy.
  }
  return `${folder}, ${version}`;
}
