import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import type { EntityDefinition } from './entity-definition.js';

/**
 * Refuses a stored or key property that class-transformer's `@Expose({ name })` renames:
 * the item would lose its value. `@Attribute({ name })` stores a property under another
 * name.
 * @throws {EntityDefinitionError} naming the property.
 */
export function checkExposedNames(definition: EntityDefinition): void {
  const properties = [
    ...definition.attributes.map((a) => a.property),
    ...[...definition.keys.values()].flatMap((parts) => parts.map((p) => p.property)),
  ];
  for (const property of properties) {
    const exposed = defaultMetadataStorage.findExposeMetadata(definition.target, property);
    const name = exposed?.options.name;
    if (name !== undefined && name !== property) {
      throw new EntityDefinitionError(
        `Entity ${definition.name.name}: property ${property} is renamed to "${name}" by @Expose; store it under another name with @Attribute({ name: '${name}' }) instead.`,
      );
    }
  }
}
