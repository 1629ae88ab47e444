// The CommonJS build's `own-class-transformer.ts` (scripts/build-package.js puts it in its place).
import { locateClassTransformer } from './locate-class-transformer.js';
import type * as Own from './own-class-transformer.js';

/** The folder of the class-transformer this build requires: its metadata storage is the one read. */
export const ownClassTransformer: typeof Own.ownClassTransformer = () =>
  locateClassTransformer(require);
