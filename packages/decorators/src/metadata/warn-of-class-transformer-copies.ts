import { describeClassTransformer, projectClassTransformer } from './locate-class-transformer.js';
import { ownClassTransformer } from './own-class-transformer.js';

let checked = false;

/**
 * Once per process, at the first entity's first use: warns (`DOKKLIB_CLASS_TRANSFORMER_COPIES`)
 * when the project's class-transformer is another copy than the one this package reads, so
 * `@Type`s may fill a storage that is never read. Known only in the CommonJS build.
 */
export function warnOfClassTransformerCopies(): void {
  if (checked) return;
  checked = true;
  const own = ownClassTransformer();
  if (own === undefined) return;
  const project = projectClassTransformer();
  if (project === undefined || project === own) return;
  process.emitWarning(
    `Two copies of class-transformer are installed: your project's (${describeClassTransformer(project)}) and the one @dokklib/decorators reads (${describeClassTransformer(own)}). Decorators such as @Type from the other copy are not seen, and nested objects would read back plain. class-transformer is a peer dependency: install one copy of a supported version.`,
    { code: 'DOKKLIB_CLASS_TRANSFORMER_COPIES' },
  );
}
