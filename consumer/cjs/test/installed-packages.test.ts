import fs from 'node:fs';
import path from 'node:path';

const modules = path.join(__dirname, '..', 'node_modules');

function manifest(name: string): Record<string, Record<string, string> | undefined> {
  return JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8'));
}

describe('the installed packages', () => {
  it('take core, class-transformer and reflect-metadata as peers: one copy, the project’s', () => {
    const decorators = manifest('@dokklib/decorators');
    expect(decorators.peerDependencies).toMatchObject({
      '@dokklib/core': expect.any(String),
      'class-transformer': expect.any(String),
      'reflect-metadata': expect.any(String),
    });
    expect(decorators.dependencies).toBeUndefined();
    expect(fs.existsSync(path.join(modules, '@dokklib/decorators/node_modules'))).toBe(false);
  });

  it.each(['@dokklib/core', '@dokklib/decorators', '@dokklib/testing'])(
    '%s states the Node versions it supports, and this Node is one',
    (name) => {
      const range = manifest(name).engines?.node;
      expect(range).toBe('>=20');
      expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
    },
  );
});
