import { EntityName, InvalidKeyError } from '@dokklib/core';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import {
  type AttributeDeclaration,
  type AttributeRole,
  declarationsOf,
  type KeyDeclaration,
} from './declarations.js';
import { checkDesignTypes } from './check-design-types.js';
import type { EntityClass } from './entity-class.js';

/** The name of the attribute that stores each item's entity name. */
export const ENTITY_TYPE_ATTRIBUTE = '_type';

/** An entity class's declarations, checked but with key prefixes not yet resolved. */
export interface EntityDefinition {
  readonly target: EntityClass;
  readonly name: EntityName;
  /** Key declarations grouped by index (`''` for the table) and part, each in key order. */
  readonly keys: ReadonlyMap<string, readonly KeyDeclaration[]>;
  readonly attributes: readonly AttributeDeclaration[];
}

/** The group of key declarations of one part of one index: `'|partition'`, `'GSI_2|sort'`. */
export function keyGroup(indexName: string | undefined, part: 'partition' | 'sort'): string {
  return `${indexName ?? ''}|${part}`;
}

/**
 * Checks the declarations of an entity class.
 * @throws {EntityDefinitionError} for a bad name, a property of unknown type (no
 * `design:type` metadata), no or two partition keys, a key property
 * that is not a string and has no codec, a property declared twice, or two properties
 * stored under one name.
 */
export function defineEntity(target: EntityClass, name: string): EntityDefinition {
  const entityName = toEntityName(target, name);
  const declarations = declarationsOf(target);
  const label = `Entity ${entityName.name} (class ${target.name})`;
  checkEachPropertyOnce(label, declarations);
  checkDesignTypes(label, declarations);
  const keys = groupKeys(
    label,
    declarations.filter((d): d is KeyDeclaration => d.kind === 'key'),
  );
  if (!keys.has(keyGroup(undefined, 'partition'))) {
    throw new EntityDefinitionError(`${label} has no @PartitionKey; declare one.`);
  }
  for (const [group] of keys) {
    const [indexName, part] = group.split('|');
    if (part === 'sort' && indexName !== '' && !keys.has(`${indexName}|partition`)) {
      throw new EntityDefinitionError(
        `${label} declares a sort key for index ${indexName} but no partition key for it.`,
      );
    }
  }
  const attributes = declarations.filter((d): d is AttributeDeclaration => d.kind === 'attribute');
  checkAttributes(label, attributes);
  return { target, name: entityName, keys, attributes };
}

function toEntityName(target: EntityClass, name: string): EntityName {
  try {
    return new EntityName(name);
  } catch (error) {
    if (!(error instanceof InvalidKeyError)) throw error;
    throw new EntityDefinitionError(`@Entity of class ${target.name}: ${error.message}`, {
      cause: error,
    });
  }
}

function checkEachPropertyOnce(
  label: string,
  declarations: readonly (KeyDeclaration | AttributeDeclaration)[],
): void {
  const seen = new Map<string, string>();
  for (const d of declarations) {
    const slot = d.kind === 'attribute' ? 'attribute' : keyGroup(d.indexName, d.part);
    const roles = seen.get(d.property);
    const clash =
      roles !== undefined &&
      (slot === 'attribute' || roles.split(',').some((r) => r === 'attribute' || r === slot));
    if (clash) {
      throw new EntityDefinitionError(
        `${label} declares the property ${d.property} twice (a property is either one stored attribute or part of keys, once per key).`,
      );
    }
    seen.set(d.property, roles === undefined ? slot : `${roles},${slot}`);
  }
}

function groupKeys(
  label: string,
  declarations: readonly KeyDeclaration[],
): Map<string, KeyDeclaration[]> {
  const groups = new Map<string, KeyDeclaration[]>();
  for (const d of declarations) {
    checkKeyType(label, d);
    const group = keyGroup(d.indexName, d.part);
    groups.set(group, [...(groups.get(group) ?? []), d]);
  }
  for (const [group, parts] of groups) groups.set(group, orderParts(label, group, parts));
  return groups;
}

function checkKeyType(label: string, d: KeyDeclaration): void {
  if (d.designType === String || d.codec !== undefined) return;
  const typeName = typeof d.designType === 'function' ? d.designType.name : String(d.designType);
  const hint = d.designType === Number ? ` (e.g. { codec: paddedNumber(10) })` : '';
  throw new EntityDefinitionError(
    `${label}: the key property ${d.property} is of type ${typeName}; key properties must be strings, or give a codec${hint}.`,
  );
}

function orderParts(label: string, group: string, parts: KeyDeclaration[]): KeyDeclaration[] {
  const [indexName, part] = group.split('|');
  const where = `${part} key${indexName === '' ? '' : ` of index ${indexName}`}`;
  if (parts.length === 1) return parts;
  if (parts.some((p) => p.order === undefined)) {
    throw new EntityDefinitionError(
      `${label} has two ${where}s (${parts.map((p) => p.property).join(', ')}); to compose one key of several properties give each an order: { order: 1 }, { order: 2 }…`,
    );
  }
  const orders = new Set(parts.map((p) => p.order));
  if (orders.size !== parts.length) {
    throw new EntityDefinitionError(
      `${label}: two properties of the ${where} have the same order.`,
    );
  }
  return [...parts].sort((a, b) => Number(a.order) - Number(b.order));
}

const SINGLE_ROLES: readonly AttributeRole[] = ['version', 'createdAt', 'updatedAt', 'timeToLive'];

function checkAttributes(label: string, attributes: readonly AttributeDeclaration[]): void {
  const names = new Map<string, string>();
  for (const a of attributes) {
    if (a.name.length === 0 || a.name === ENTITY_TYPE_ATTRIBUTE) {
      throw new EntityDefinitionError(
        `${label}: the property ${a.property} cannot be stored as ${JSON.stringify(a.name)}${a.name.length === 0 ? '' : ", the attribute that names each item's entity"}.`,
      );
    }
    const other = names.get(a.name);
    if (other !== undefined) {
      throw new EntityDefinitionError(
        `${label}: the properties ${other} and ${a.property} are both stored as ${JSON.stringify(a.name)}.`,
      );
    }
    names.set(a.name, a.property);
  }
  for (const a of attributes) checkAttributeType(label, a);
  for (const role of SINGLE_ROLES) {
    const declared = attributes.filter((a) => a.role === role);
    if (declared.length > 1) {
      throw new EntityDefinitionError(
        `${label} has ${declared.length} @${role} properties (${declared.map((a) => a.property).join(', ')}); declare one.`,
      );
    }
  }
}

const ROLE_TYPES: Readonly<Record<AttributeRole, readonly unknown[] | undefined>> = {
  attribute: undefined,
  version: [Number],
  createdAt: [Date, String],
  updatedAt: [Date, String],
  timeToLive: [Date, Number],
};

function checkAttributeType(label: string, a: AttributeDeclaration): void {
  const allowed = ROLE_TYPES[a.role];
  if (allowed === undefined || allowed.includes(a.designType)) return;
  const names = allowed.map((t) => (t as { name: string }).name).join(' or ');
  throw new EntityDefinitionError(
    `${label}: the @${a.role} property ${a.property} must be a ${names}.`,
  );
}
