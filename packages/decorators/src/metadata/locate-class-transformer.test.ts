import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  describeClassTransformer,
  locateClassTransformer,
  projectClassTransformer,
} from './locate-class-transformer.js';
import { ownClassTransformer as ownInCommonJs } from './own-class-transformer.cjs.js';
import { ownClassTransformer } from './own-class-transformer.js';

describe('locating class-transformer', () => {
  const installed = path.dirname(require.resolve('class-transformer/package.json'));

  it('finds the copy a require resolves, and names it with its version', () => {
    expect(locateClassTransformer(require)).toBe(installed);
    expect(projectClassTransformer()).toBe(installed);
    expect(describeClassTransformer(installed)).toBe(`${installed}, 0.5.1`);
    expect(describeClassTransformer(os.tmpdir())).toBe(`${os.tmpdir()}, ?`);
  });

  it('gives undefined where none is installed', () => {
    expect(locateClassTransformer(createRequire(path.join(os.tmpdir(), 'x.js')))).toBeUndefined();
  });

  it('knows its own copy in the CommonJS build only', () => {
    expect(ownInCommonJs()).toBe(installed);
    expect(ownClassTransformer()).toBeUndefined();
  });
});
