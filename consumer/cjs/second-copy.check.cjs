// Run by the consumer suite with `node --test` after it has put a second copy of
// class-transformer under node_modules/@dokklib/decorators, as npm nests one for a
// conflicting version: the mismatch must be loud, never a silently plain nested object.
'use strict';
require('reflect-metadata');
const assert = require('node:assert/strict');
const path = require('node:path');
const test = require('node:test');
const { Type } = require('class-transformer');
const decorators = require('@dokklib/decorators');

const projectCopy = path.join(__dirname, 'node_modules', 'class-transformer');
const nestedCopy = path.join(
  __dirname,
  'node_modules',
  '@dokklib',
  'decorators',
  'node_modules',
  'class-transformer',
);

class Address {}
class User {}
// What TypeScript emits for `@Attribute() @Type(() => Address) address?: Address` (and the key).
Reflect.decorate(
  [decorators.PartitionKey(), Reflect.metadata('design:type', String)],
  User.prototype,
  'id',
);
Reflect.decorate(
  [decorators.Attribute(), Type(() => Address), Reflect.metadata('design:type', Address)],
  User.prototype,
  'address',
);
Reflect.decorate([decorators.Entity('USER')], User);

test('a second copy of class-transformer is a warning naming both copies', async () => {
  const warned = new Promise((resolve) => process.once('warning', resolve));
  assert.throws(() => decorators.entityMetadata(User));
  const warning = await warned;
  assert.equal(warning.code, 'DOKKLIB_CLASS_TRANSFORMER_COPIES');
  assert.match(
    warning.message,
    new RegExp(`your project's \\(${escapeRegExp(projectCopy)}, 0\\.5\\.1\\)`),
  );
  assert.match(
    warning.message,
    new RegExp(`@dokklib/decorators reads \\(${escapeRegExp(nestedCopy)}, 0\\.5\\.1\\)`),
  );
});

test('and the nested class it would read back plain is an EntityDefinitionError naming them', () => {
  assert.throws(
    () => decorators.entityMetadata(User),
    (error) =>
      error instanceof decorators.EntityDefinitionError &&
      error.message.includes('property address is declared as class Address') &&
      error.message.includes(`your project's (${projectCopy}, 0.5.1)`) &&
      error.message.includes(`(${nestedCopy}, 0.5.1)`),
  );
});

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
