import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run reliability` collects what each case noted; unset in a plain `npm test`. */
export const NOTES_DIR_ENV = 'DOKKLIB_RELIABILITY_NOTES';

/** One row of docs/RELIABILITY.md: what is tried and what must happen. */
export interface CaseRow {
  /** A stable id, e.g. `'KEY-1'`; the test's title starts with `[KEY-1]`. */
  readonly id: string;
  /** The section of the report, e.g. `'Property: keys'`. */
  readonly area: string;
  /** What is tried. */
  readonly case: string;
  /** What must happen. */
  readonly expected: string;
}

/** Facts a case records for the report: seeds, runs, counts. */
export type CaseNotes = Record<string, string | number>;

/** Writes a case's row and notes where `npm run reliability` collects them. */
function saveNotes(row: CaseRow, notes: CaseNotes): void {
  const dir = process.env[NOTES_DIR_ENV];
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${row.id}.json`), JSON.stringify({ row, notes }));
}

/**
 * Registers a jest test for a row of the reliability report. The body may add facts to
 * `notes` (seed, numRuns, counts); they are saved even when the body fails.
 */
export function reliabilityCase(
  row: CaseRow,
  body: (notes: CaseNotes) => Promise<void> | void,
  timeoutMs?: number,
): void {
  it(
    `[${row.id}] ${row.case}`,
    async () => {
      const notes: CaseNotes = {};
      try {
        await body(notes);
      } finally {
        saveNotes(row, notes);
      }
    },
    timeoutMs,
  );
}
