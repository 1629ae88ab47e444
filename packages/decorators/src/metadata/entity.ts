import type { EntityClass } from './entity-class.js';
import { defineEntity } from './entity-definition.js';
import { registerEntity } from './metadata-registry.js';

/**
 * Makes the class an entity named `name`: its default key prefix, stored on every item in
 * the `_type` attribute so that mixed-type queries return instances of the right class.
 * @throws {EntityDefinitionError} when the class is defined, if its declarations are wrong.
 */
export function Entity(name: string): (target: EntityClass) => void {
  return (target) => {
    registerEntity(defineEntity(target, name));
  };
}
