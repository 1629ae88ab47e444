import 'reflect-metadata';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { attr, type Table, TransactionCanceledError } from '@dokklib/core';
import {
  DuplicateItemActionError,
  EntityManager,
  KeyChangeError,
  UnitOfWork,
  VersionConflictError,
} from '@dokklib/decorators';
import { inMemoryTable } from '@dokklib/testing';
import fc from 'fast-check';
import { createLocalTable } from '../packages/core/test/local-table.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';
import { Counter } from './support/reliability-entities.js';
import { type CommitOutcome, UnitOfWorkModel } from './support/unit-of-work-model.js';

const AREA = 'Property: unit of work';
const IDS = 3;
const values = fc.integer({ min: 0, max: 4 });
const item = fc.nat(IDS - 1);

/** One step of a session: what a caller of the unit of work (or another client) does. */
type Step =
  | { kind: 'get' | 'delete' | 'refresh'; i: number }
  | { kind: 'set' | 'insert' | 'concurrentWrite'; i: number; v: number }
  | { kind: 'check'; i: number; v: number | null }
  | { kind: 'keyChange'; i: number; j: number }
  | { kind: 'commit' }
  | { kind: 'clear' };

const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constantFrom('get' as const, 'delete' as const, 'refresh' as const),
      i: item,
    }),
    { arbitrary: fc.record({ kind: fc.constant('set' as const), i: item, v: values }), weight: 3 },
    fc.record({
      kind: fc.constantFrom('insert' as const, 'concurrentWrite' as const),
      i: item,
      v: values,
    }),
    fc.record({
      kind: fc.constant('check' as const),
      i: item,
      v: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, values),
    }),
    fc.record({ kind: fc.constant('keyChange' as const), i: item, j: item }),
    { arbitrary: fc.record({ kind: fc.constant('commit' as const) }), weight: 3 },
    fc.record({ kind: fc.constant('clear' as const) }),
  ),
  { minLength: 5, maxLength: 30 },
);

/** A session's unit of work, the other client, the model, and what was sent. */
interface Session {
  readonly uow: UnitOfWork;
  readonly other: EntityManager;
  readonly model: UnitOfWorkModel;
  readonly id: (i: number) => string;
  readonly sent: () => number;
}

let run = 0;

function session(table: Table): Session {
  run += 1;
  const prefix = `run${run}`;
  let sent = 0;
  const send = table.client.send.bind(table.client);
  jest.spyOn(table.client, 'send').mockImplementation(((command: unknown) => {
    if (command instanceof TransactWriteCommand) sent += 1;
    return send(command as never);
  }) as never);
  return {
    uow: new UnitOfWork(table),
    other: new EntityManager(table),
    model: new UnitOfWorkModel(),
    id: (i) => `${prefix}-${i}`,
    sent: () => sent,
  };
}

async function perform(s: Session, step: Step, counts: Record<string, number>): Promise<void> {
  const { uow, model } = s;
  counts[step.kind] = (counts[step.kind] ?? 0) + 1;
  if (step.kind === 'commit') return commit(s, model.commit(), counts);
  if (step.kind === 'clear') {
    uow.clear();
    model.managed.clear();
    model.actions = [];
    return;
  }
  const id = s.id(step.i);
  const managed = model.managed.get(id);
  switch (step.kind) {
    case 'get': {
      const got = await uow.get(Counter, { id }, { consistent: true });
      if (managed !== undefined) expect(got).toBe(managed.entity);
      else if (got !== undefined) {
        const stored = model.stored.get(id)!;
        expect(got).toMatchObject(stored);
        model.managed.set(id, { entity: got, ...stored });
      } else expect(model.stored.has(id)).toBe(false);
      return;
    }
    case 'set':
      if (managed !== undefined) managed.entity.value = step.v;
      return;
    case 'insert': {
      const entity = Object.assign(new Counter(), { id, value: step.v });
      uow.insert(entity);
      model.actions.push({ type: 'insert', id, entity });
      return;
    }
    case 'delete':
      if (managed === undefined) return;
      uow.delete(managed.entity);
      model.actions.push({ type: 'delete', id, entity: managed.entity });
      return;
    case 'check': {
      const equals = step.v ?? model.stored.get(id)?.value ?? -1;
      uow.conditionCheck(Object.assign(new Counter(), { id }), attr('value').eq(equals));
      model.actions.push({ type: 'check', id, equals });
      return;
    }
    case 'keyChange':
      return keyChange(s, managed?.entity, s.id(step.j), counts);
    case 'concurrentWrite':
      return concurrentWrite(s, id, step.v);
    case 'refresh':
      return refresh(s, id);
  }
}

/** Commits and checks the outcome the model predicted, then that model and database agree. */
async function commit(s: Session, outcome: CommitOutcome, counts: Record<string, number>) {
  const before = s.sent();
  const result = await s.uow.commit().then(
    () => undefined,
    (error: unknown) => error,
  );
  counts[outcome] = (counts[outcome] ?? 0) + 1;
  if (outcome === 'applied') expect(result).toBeUndefined();
  if (outcome === 'duplicate') expect(result).toBeInstanceOf(DuplicateItemActionError);
  if (outcome === 'cancelled') {
    expect(
      result instanceof VersionConflictError || result instanceof TransactionCanceledError,
    ).toBe(true);
  }
  const sends = outcome === 'duplicate' || outcome === 'nothing' ? 0 : 1;
  expect(s.sent() - before).toBe(sends);
  await expectAgreement(s);
}

/** A key change of a managed counter is refused before sending; changed back, all is as before. */
async function keyChange(
  s: Session,
  entity: Counter | undefined,
  to: string,
  counts: Record<string, number>,
) {
  if (entity === undefined || entity.id === to) return;
  const from = entity.id;
  entity.id = to;
  const before = s.sent();
  await expect(s.uow.commit()).rejects.toBeInstanceOf(KeyChangeError);
  expect(s.sent()).toBe(before);
  counts.keyChangeRefused = (counts.keyChangeRefused ?? 0) + 1;
  entity.id = from;
}

/** Another client writes the counter (making a managed one stale). */
async function concurrentWrite(s: Session, id: string, value: number): Promise<void> {
  const stored = s.model.stored.get(id);
  if (stored === undefined) {
    await s.other.insert(Object.assign(new Counter(), { id, value }));
    s.model.stored.set(id, { value, version: 1 });
    return;
  }
  await s.other.update(Object.assign(new Counter(), { id, ...stored }), { value });
  s.model.stored.set(id, { value, version: stored.version + 1 });
}

async function refresh(s: Session, id: string): Promise<void> {
  const managed = s.model.managed.get(id);
  if (managed === undefined) return;
  const refreshed = await s.uow.refresh(managed.entity);
  const stored = s.model.stored.get(id);
  if (stored === undefined) {
    expect(refreshed).toBeUndefined();
    s.model.detach(id);
    return;
  }
  expect(refreshed).toBe(managed.entity);
  expect(managed.entity).toMatchObject(stored);
  Object.assign(managed, stored);
}

/** Every counter of the session is stored as the model says; managed ones hold their versions. */
async function expectAgreement(s: Session): Promise<void> {
  for (let i = 0; i < IDS; i += 1) {
    const id = s.id(i);
    const stored = await s.other.get(Counter, { id }, { consistent: true });
    const expected = s.model.stored.get(id);
    if (expected === undefined) expect(stored).toBeUndefined();
    else expect(stored).toMatchObject(expected);
    const managed = s.model.managed.get(id);
    if (managed !== undefined) expect(managed.entity.version).toBe(managed.version);
  }
}

function modelCase(id: string, backend: string, table: () => Promise<Table>, numRuns: number) {
  reliabilityCase(
    {
      id,
      area: AREA,
      case: `${backend}: random sessions of get, change, key change, insert, delete, conditionCheck (passing or not), commit, a concurrent write by another client (making versions stale), refresh and clear, over 3 versioned counters`,
      expected:
        'Each commit does what a reference model predicts: applied, cancelled (VersionConflictError or TransactionCanceledError, nothing applied, all kept), or refused before sending (KeyChangeError, DuplicateItemActionError); model and database agree after every commit',
    },
    async (notes) => {
      const target = await table();
      const counts: Record<string, number> = {};
      let stepCount = 0;
      const started = Date.now();
      await assertProperty(
        notes,
        fc.asyncProperty(steps, async (session_steps) => {
          const s = session(target);
          try {
            // Counters 0 and 1 exist at version 1; counter 2 is for inserts.
            for (const i of [0, 1]) await concurrentWrite(s, s.id(i), 0);
            for (const step of session_steps) await perform(s, step, counts);
            await commit(s, s.model.commit(), counts);
          } finally {
            stepCount += session_steps.length;
            jest.restoreAllMocks();
          }
        }),
        numRuns,
      );
      notes.steps = stepCount;
      notes.ms = Date.now() - started;
      for (const outcome of ['applied', 'cancelled', 'duplicate', 'nothing', 'keyChangeRefused']) {
        notes[outcome] = counts[outcome] ?? 0;
      }
    },
    120_000,
  );
}

modelCase('UOW-MODEL-1', 'DynamoDB Local', () => createLocalTable(), 100);
modelCase(
  'UOW-MODEL-2',
  'The in-memory DynamoDB of @dokklib/testing',
  async () => inMemoryTable().table,
  200,
);
