import type { Item } from '@dokklib/core';
import { ENTITY_TYPE_ATTRIBUTE } from '@dokklib/decorators';
import type {
  DecodedWrite,
  EntityAction,
  EntityPutAction,
  EntityUpdateAction,
  SentUpdate,
} from './entity-action.js';
import type { EntityDecoder } from './entity-decoder.js';
import { parseUpdateExpression } from './parse-update-expression.js';
import { type ExpressionPlaceholders, resolveExpression } from './resolve-expression.js';

/** The parts of a `Put`, `Update`, `Delete` or `ConditionCheck` input that decoding reads. */
export interface WriteInput extends ExpressionPlaceholders {
  readonly Item?: Item;
  readonly Key?: Item;
  readonly ConditionExpression?: string;
  readonly UpdateExpression?: string;
}

/** One action of a `TransactWriteItems` request (or a single write, wrapped likewise). */
export interface WriteRequest {
  readonly Put?: WriteInput;
  readonly Update?: WriteInput;
  readonly Delete?: WriteInput;
  readonly ConditionCheck?: WriteInput;
}

/**
 * A write request in entity terms. A put is an `insert` when its condition is exactly
 * `attribute_not_exists(<partition key>)`, alone or first of an AND, as core's insert sends it.
 */
export function decodeWrite(decoder: EntityDecoder, request: WriteRequest): EntityAction {
  if (request.Put !== undefined) return decodePut(decoder, request.Put);
  if (request.Update !== undefined) return decodeUpdate(decoder, request.Update);
  if (request.Delete !== undefined) {
    return { action: 'delete', ...keyed(decoder, request.Delete, undefined) };
  }
  if (request.ConditionCheck !== undefined) {
    return { action: 'conditionCheck', ...keyed(decoder, request.ConditionCheck, undefined) };
  }
  throw new TypeError(`Not a write request: ${JSON.stringify(Object.keys(request))}.`);
}

function decodePut(decoder: EntityDecoder, input: WriteInput): EntityPutAction {
  const item = input.Item ?? {};
  const { partitionKey, sortKey } = decoder.config.primaryIndex;
  const itemKey = { [partitionKey]: item[partitionKey], [sortKey]: item[sortKey] };
  const decoded = keyed(decoder, { ...input, Key: itemKey }, item[ENTITY_TYPE_ATTRIBUTE]);
  const mustBeNew = `attribute_not_exists(${partitionKey})`;
  const insert =
    decoded.condition === mustBeNew ||
    decoded.condition?.startsWith(`(${mustBeNew}) AND `) === true;
  return {
    action: insert ? 'insert' : 'put',
    ...decoded,
    entity: decoder.entityOf(item),
    item,
  };
}

function decodeUpdate(decoder: EntityDecoder, input: WriteInput): EntityUpdateAction {
  const update = parseUpdateExpression(input.UpdateExpression ?? '', input);
  const decoded = keyed(decoder, input, update.set[ENTITY_TYPE_ATTRIBUTE]);
  return { action: 'update', ...decoded, changes: changesOf(decoder, decoded, update), update };
}

function keyed(decoder: EntityDecoder, input: WriteInput, typeName: unknown): DecodedWrite {
  const itemKey = input.Key ?? {};
  const condition =
    input.ConditionExpression === undefined
      ? undefined
      : resolveExpression(input.ConditionExpression, input);
  return { ...decoder.identify(itemKey, typeName), itemKey, condition };
}

function changesOf(
  decoder: EntityDecoder,
  decoded: DecodedWrite,
  update: SentUpdate,
): Record<string, unknown> {
  const entityClass = decoded.entityClass;
  if (entityClass === undefined) {
    const removed = Object.fromEntries(update.remove.map((name) => [name, undefined]));
    return { ...update.set, ...removed };
  }
  const changes: Record<string, unknown> = decoder.propertiesOf(entityClass, update.set);
  for (const name of update.remove) {
    const property = decoder.propertyNamed(entityClass, name);
    if (property !== undefined) changes[property] = undefined;
  }
  return changes;
}
