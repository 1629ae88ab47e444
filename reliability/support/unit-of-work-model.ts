import { Counter } from './reliability-entities.js';

/** A counter as stored: what the database must hold. */
export interface StoredCounter {
  readonly value: number;
  readonly version: number;
}

/** A counter the unit of work manages: the instance and its value and version as last stored. */
export interface ManagedCounter {
  readonly entity: Counter;
  value: number;
  version: number;
}

/** An action registered with the unit of work. */
export type ModelAction =
  | { readonly type: 'insert' | 'delete'; readonly id: string; readonly entity: Counter }
  | { readonly type: 'check'; readonly id: string; readonly equals: number };

/** What a commit must do: throw before sending, send nothing, or send and succeed or fail. */
export type CommitOutcome = 'duplicate' | 'nothing' | 'applied' | 'cancelled';

/**
 * The reference model of a unit of work over versioned counters: what is stored, what is
 * managed, what is registered, and what a commit must do to them.
 */
export class UnitOfWorkModel {
  readonly stored = new Map<string, StoredCounter>();
  readonly managed = new Map<string, ManagedCounter>();
  actions: ModelAction[] = [];

  /** What the next commit must do, and applies it to the model when it succeeds. */
  commit(): CommitOutcome {
    const plan = this.#plan();
    // DynamoDB takes one action per item; condition checks fold into an update or delete only.
    const twice = (p: PlannedItem) =>
      p.writes.length > 1 || (p.writes[0]?.type === 'insert' && p.checks.length > 0);
    if ([...plan.values()].some(twice)) return 'duplicate';
    if (plan.size === 0) return 'nothing';
    for (const [id, item] of plan) if (!this.#passes(id, item)) return 'cancelled';
    for (const [id, item] of plan) this.#apply(id, item.writes[0]);
    this.actions = [];
    return 'applied';
  }

  /** Forgets the managed counter (as `refresh` of a gone item, `detach` or `clear`). */
  detach(id: string): void {
    this.managed.delete(id);
  }

  #plan(): Map<string, PlannedItem> {
    const plan = new Map<string, PlannedItem>();
    const item = (id: string) => {
      let planned = plan.get(id);
      if (planned === undefined) plan.set(id, (planned = { writes: [], checks: [] }));
      return planned;
    };
    const handled = new Set<Counter>();
    for (const action of this.actions) {
      if (action.type === 'check') item(action.id).checks.push(action.equals);
      else {
        handled.add(action.entity);
        item(action.id).writes.push({ type: action.type, entity: action.entity });
      }
    }
    for (const [id, managed] of this.managed) {
      if (handled.has(managed.entity) || managed.entity.value === managed.value) continue;
      item(id).writes.push({ type: 'update', entity: managed.entity });
    }
    return plan;
  }

  #passes(id: string, item: PlannedItem): boolean {
    const stored = this.stored.get(id);
    if (item.checks.some((equals) => stored?.value !== equals)) return false;
    const write = item.writes[0];
    if (write === undefined) return true;
    if (write.type === 'insert') return stored === undefined;
    return stored !== undefined && stored.version === write.entity.version;
  }

  #apply(id: string, write: PlannedWrite | undefined): void {
    if (write === undefined) return;
    const { entity } = write;
    if (write.type === 'delete') {
      this.stored.delete(id);
      this.managed.delete(id);
      return;
    }
    const version = write.type === 'insert' ? 1 : entity.version + 1;
    this.stored.set(id, { value: entity.value, version });
    const managed = this.managed.get(id);
    if (managed === undefined) this.managed.set(id, { entity, value: entity.value, version });
    else if (managed.entity === entity) Object.assign(managed, { value: entity.value, version });
  }
}

interface PlannedWrite {
  readonly type: 'insert' | 'delete' | 'update';
  readonly entity: Counter;
}

interface PlannedItem {
  readonly writes: PlannedWrite[];
  readonly checks: number[];
}
