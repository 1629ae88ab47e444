import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import type { KeyDeclaration } from './declarations.js';
import type { EntityClass } from './entity-class.js';
import {
  entityClassNamed,
  entityDefinition,
  registeredEntityClasses,
} from './metadata-registry.js';

/**
 * The strict check of key prefixes, for a test or start-up: every prefix given as a string
 * must be the name of an `@Entity` class. A prefix that names a type with no class of its
 * own (a relation's `GROUP#…`) is declared with `new EntityName('GROUP')`, which this check
 * accepts as deliberate. By default, without this check, any valid entity name is a prefix.
 * @param entityClasses the classes to check; every registered entity class by default.
 * @throws {EntityDefinitionError} naming every string prefix that names no entity class.
 */
export function checkKeyPrefixes(
  entityClasses: readonly EntityClass[] = registeredEntityClasses(),
): void {
  const unknown: string[] = [];
  for (const entityClass of entityClasses) {
    const definition = entityDefinition(entityClass);
    for (const parts of definition.keys.values()) {
      for (const part of parts) {
        if (namesNoEntity(part)) {
          unknown.push(
            `${definition.name.name} (class ${entityClass.name}) property ${part.property}: ${JSON.stringify(part.prefix)}`,
          );
        }
      }
    }
  }
  if (unknown.length > 0) {
    throw new EntityDefinitionError(
      `These key prefixes name no @Entity class: ${unknown.join('; ')}. Fix the name, declare that entity, or pass new EntityName('…') for a prefix that is deliberately not a class.`,
    );
  }
}

function namesNoEntity(part: KeyDeclaration): boolean {
  return typeof part.prefix === 'string' && entityClassNamed(part.prefix) === undefined;
}
