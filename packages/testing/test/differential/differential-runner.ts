import { randomUUID } from 'node:crypto';
import {
  attr,
  BatchDelete,
  BatchPut,
  type Condition,
  ConditionCheckArg,
  DeleteArg,
  EntityName,
  ifNotExists,
  InsertArg,
  listAppend,
  listPrepend,
  PartitionKey,
  PrefixSortKey,
  PutArg,
  SortKey,
  SortKeyCondition,
  type ScanOptions,
  type Table,
  type TransactWriteArg,
  UpdateArg,
  type UpdateChanges,
} from '@dokklib/core';
import type {
  AttributesData,
  ChangesData,
  ConditionData,
  KeyRef,
  Operation,
  QueryData,
  SortKeyData,
  TransactActionData,
} from './differential-operations.js';

const entities = {
  USER: new EntityName('USER'),
  GROUP: new EntityName('GROUP'),
  ORDER: new EntityName('ORDER'),
};

/** What an operation did, normalised so that two runs can be compared with `toEqual`. */
export type Outcome = { readonly ok: unknown } | { readonly error: unknown };

/** Runs one operation on a table; keys get the sequence's namespace `ns`. */
export async function runOperation(table: Table, ns: string, op: Operation): Promise<Outcome> {
  try {
    return { ok: normalise(await execute(table, ns, op)) };
  } catch (error) {
    return { error: normaliseError(error) };
  }
}

async function execute(table: Table, ns: string, op: Operation): Promise<unknown> {
  const pk = (ref: KeyRef) => new PartitionKey(entities[ref[0]], ns + ref[1]);
  const sk = (ref: KeyRef) => new SortKey(entities[ref[0]], ns + ref[1]);
  switch (op.kind) {
    case 'put':
      return table.put(pk(op.pk), sk(op.sk), attributes(op.attributes), {
        allowOverwrite: op.allowOverwrite,
        condition: condition(op.condition),
      });
    case 'insert':
      return table.insert(pk(op.pk), sk(op.sk), attributes(op.attributes));
    case 'get':
      return table.get(pk(op.pk), sk(op.sk), { attributes: paths(op.attributes) });
    case 'update':
      return table.update(pk(op.pk), sk(op.sk), changes(op.changes), {
        condition: condition(op.condition),
        mustExist: op.mustExist,
        returnValues: op.returnValues,
      });
    case 'delete':
      return table.delete(pk(op.pk), sk(op.sk), {
        idempotent: op.idempotent,
        condition: condition(op.condition),
      });
    case 'query':
      return table.query(queryKey(op.query, pk), queryOptions(table, op.query, ns, sk));
    case 'queryPages':
      return readPages(table, op.query, ns, pk, sk);
    case 'queryPrefix':
      return table.queryPrefix(pk(op.pk), new PrefixSortKey(entities[op.entity], ns), {
        limit: op.limit,
        globalIndex: op.inverse ? table.config.inverseIndex : undefined,
      });
    case 'batchGet':
      return table.batchGet(op.keys.map(([p, s]) => ({ pk: pk(p), sk: sk(s) })));
    case 'batchWrite':
      await table.batchWrite(
        op.writes.map((w) =>
          w.put === undefined
            ? new BatchDelete(pk(w.pk), sk(w.sk))
            : new BatchPut(pk(w.pk), sk(w.sk), attributes(w.put)),
        ),
      );
      return 'written';
    case 'transactGet':
      return table.transactGetItems(
        op.keys.map(([p, s]) => ({ pk: pk(p), sk: sk(s), attributes: paths(op.attributes) })),
      );
    case 'transact':
      return transact(table, op, pk, sk);
    case 'scan':
      return scanAll(table, {
        segments: op.segments,
        pageSize: op.pageSize,
        filter: condition(op.filter),
        globalIndex: op.inverse === true ? table.config.inverseIndex : undefined,
      });
  }
}

async function readPages(
  table: Table,
  query: QueryData,
  ns: string,
  pk: (ref: KeyRef) => PartitionKey,
  sk: (ref: KeyRef) => SortKey,
) {
  const pages: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await table.queryPage(queryKey(query, pk), {
      ...queryOptions(table, query, ns, sk),
      pageSize: query.pageSize ?? 2,
      cursor,
    });
    pages.push({ items: page.items, more: page.cursor !== undefined });
    cursor = page.cursor;
  } while (cursor !== undefined && pages.length < 20);
  return pages;
}

/**
 * A transaction, sent again with the same `ClientRequestToken` if `resend` says so: a
 * retry of the same input must not apply twice; a changed input must be refused.
 */
async function transact(
  table: Table,
  op: Extract<Operation, { kind: 'transact' }>,
  pk: (ref: KeyRef) => PartitionKey,
  sk: (ref: KeyRef) => SortKey,
): Promise<unknown> {
  // DynamoDB Local remembers tokens across tables and test runs: never reuse one.
  const clientRequestToken = randomUUID();
  const args = op.actions.map((action) => transactArg(action, pk, sk));
  await table.transactWriteItems(args, { clientRequestToken });
  if (op.resend === undefined) return 'committed';
  const again = op.resend === 'same' || args.length === 1 ? args : args.slice(1);
  await table.transactWriteItems(again, { clientRequestToken });
  return `resent ${op.resend}`;
}

async function scanAll(table: Table, options: ScanOptions): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of table.scan(options)) items.push(item);
  return items.map((item) => JSON.stringify(normalise(item))).sort();
}

function queryKey(query: QueryData, pk: (ref: KeyRef) => PartitionKey): PartitionKey {
  return pk(query.pk);
}

function queryOptions(table: Table, query: QueryData, ns: string, sk: (ref: KeyRef) => SortKey) {
  return {
    sortKey: query.sortKey === undefined ? undefined : sortKeyCondition(query.sortKey, ns, sk),
    filter: condition(query.filter),
    attributes: paths(query.attributes),
    reverse: query.reverse,
    limit: query.limit,
    globalIndex: query.inverse ? table.config.inverseIndex : undefined,
  };
}

function sortKeyCondition(
  data: SortKeyData,
  ns: string,
  sk: (ref: KeyRef) => SortKey,
): SortKeyCondition {
  switch (data.kind) {
    case 'prefix':
      return SortKeyCondition.beginsWith(new PrefixSortKey(entities[data.entity], ns + data.value));
    case 'between':
      return SortKeyCondition.between(
        new SortKey(entities[data.entity], ns + data.low),
        new SortKey(entities[data.entity], ns + data.high),
      );
    default:
      return SortKeyCondition[data.kind](sk(data.key));
  }
}

function paths(names: QueryData['attributes']) {
  return names?.map((name) => (name === 'm.a' ? ['m', 'a'] : name));
}

function attributes(data: AttributesData): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value]),
  );
}

function changes(data: ChangesData): UpdateChanges {
  const set: Record<string, unknown> = { ...data.set };
  if (data.ifNotExists !== undefined) set.n = ifNotExists(data.ifNotExists);
  if (data.listAppend !== undefined) set.list = listAppend(data.listAppend);
  if (data.listPrepend !== undefined) set.list = listPrepend(data.listPrepend);
  const add: Record<string, number | Set<string>> = {};
  if (data.add?.n !== undefined) add.n = data.add.n;
  if (data.add?.tags !== undefined) add.tags = new Set(data.add.tags);
  return {
    ...(Object.keys(set).length > 0 ? { set: set as UpdateChanges['set'] } : {}),
    ...(data.remove === undefined
      ? {}
      : { remove: data.remove.map((path) => (path === 'm.a' ? ['m', 'a'] : path)) }),
    ...(Object.keys(add).length > 0 ? { add } : {}),
    ...(data.delete === undefined ? {} : { delete: { tags: new Set(data.delete) } }),
  };
}

function condition(data: ConditionData | undefined): Condition | undefined {
  if (data === undefined) return undefined;
  switch (data.op) {
    case 'eq':
    case 'ne':
    case 'lt':
    case 'ge':
      return attr(data.attr)[data.op](data.value);
    case 'between':
      return attr('n').between(data.low, data.high);
    case 'in':
      return attr('n').in(data.values);
    case 'exists':
      return attr(data.attr).exists();
    case 'notExists':
      return attr(data.attr).notExists();
    case 'beginsWith':
      return attr('s').beginsWith(data.prefix);
    case 'contains':
      return attr(data.attr).contains(data.value);
    case 'sizeGt':
      return attr(data.attr).size().gt(data.size);
    case 'type':
      return attr(data.attr).type(data.type);
    case 'nested':
      return attr(['m', 'a']).eq(data.value);
    case 'and':
      return (condition(data.left) as Condition).and(condition(data.right) as Condition);
    case 'or':
      return (condition(data.left) as Condition).or(condition(data.right) as Condition);
    case 'not':
      return (condition(data.inner) as Condition).not();
  }
}

function transactArg(
  action: TransactActionData,
  pk: (ref: KeyRef) => PartitionKey,
  sk: (ref: KeyRef) => SortKey,
): TransactWriteArg {
  const [p, s] = [pk(action.pk), sk(action.sk)];
  switch (action.kind) {
    case 'insert':
      return new InsertArg(p, s, attributes(action.attributes));
    case 'put':
      return new PutArg(p, s, attributes(action.attributes), {
        condition: condition(action.condition),
      });
    case 'update':
      return new UpdateArg(p, s, changes(action.changes), {
        condition: condition(action.condition),
        mustExist: action.mustExist,
      });
    case 'delete':
      return new DeleteArg(p, s, {
        condition: condition(action.condition),
        idempotent: action.idempotent,
      });
    case 'check':
      return new ConditionCheckArg(p, s, condition(action.condition) as Condition);
  }
}

/** Sets as sorted arrays, class instances as plain data, so results compare with `toEqual`. */
export function normalise(value: unknown): unknown {
  if (value instanceof Set)
    return {
      set: [...value]
        .map(normalise)
        .map((v) => JSON.stringify(v))
        .sort(),
    };
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('base64') };
  if (typeof value === 'object' && value !== null) {
    if ('toString' in value && value.constructor?.name === 'NumberValue')
      return { number: String(value) };
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, unknown] => [k, normalise(v)])
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  }
  return value;
}

/** An error's class, stable code, SDK error name and what it carries. */
export function normaliseError(error: unknown): unknown {
  if (!(error instanceof Error)) return { thrown: String(error) };
  const details = error as Error & {
    code?: string;
    sdkErrorName?: string;
    item?: unknown;
    reasons?: { code: string; item?: unknown }[];
  };
  const cause = (error as { cause?: { name?: string } }).cause;
  return normalise({
    class: error.constructor.name,
    code: details.code,
    sdkName: cause?.name ?? details.sdkErrorName,
    item: details.item,
    reasons: details.reasons?.map((reason) => ({ code: reason.code, item: reason.item })),
  });
}
