import 'reflect-metadata';
import { Exclude, plainToInstance, Type } from 'class-transformer';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import * as commonJs from './class-transformer-entry.cjs.js';
import { classTransformerEntry, entryFillsStorage } from './class-transformer-entry.js';
import { convertsDirectly } from './converts-directly.js';

class Address {
  street?: string;
}

describe('class-transformer entry and storage', () => {
  it("reads the metadata storage that users' decorators from 'class-transformer' fill", () => {
    class User {
      @Exclude() secret?: string;
      @Type(() => Address) address?: Address;
    }
    expect(defaultMetadataStorage._excludeMetadatas.get(User)?.has('secret')).toBe(true);
    expect(defaultMetadataStorage.findTypeMetadata(User, 'address')?.reflectedType).toBe(Address);
    expect(convertsDirectly(User)).toBe(false);
  });

  it.each([
    ['the ES build', { classTransformerEntry, entryFillsStorage }],
    ['the CommonJS build', commonJs],
  ])("gives users' class-transformer in %s", (_build, entry) => {
    expect(entry.classTransformerEntry().plainToInstance).toBe(plainToInstance);
    // Known only under Node's own loader (the CommonJS build outside a bundle), never refused.
    expect(entry.entryFillsStorage()).not.toBe(false);
  });
});
