import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSize } from './src/cold-start/bundle-size.js';
import {
  countInstructions,
  parseInstructionCount,
  valgrindAvailable,
} from './src/cold-start/count-instructions.js';
import { COLD_START_PROGRAMS } from './src/cold-start/cold-start-programs.js';
import { runColdStart, SMOKE_COLD_START } from './src/cold-start/run-cold-start.js';

/** The cold-start programs import the built packages; CI builds before it tests. */
const built = ['core', 'decorators'].every((name) =>
  fs.existsSync(path.join(__dirname, '..', 'packages', name, 'dist', 'cjs', 'index.js')),
);

describe('the cold-start benchmark (smoke run)', () => {
  it('bundles each program from the package sources, SDK external', async () => {
    const [raw, core, bare, decorators] = await Promise.all(
      COLD_START_PROGRAMS.map((program) => bundleSize(program, 'src')),
    );
    expect(raw.minifiedBytes).toBeLessThan(2000);
    expect(core.minifiedBytes).toBeGreaterThan(raw.minifiedBytes);
    expect(bare.minifiedBytes).toBeGreaterThan(raw.minifiedBytes);
    expect(decorators.minifiedBytes).toBeGreaterThan(core.minifiedBytes);
    expect(core.gzipBytes).toBeLessThan(core.minifiedBytes);
  });

  it('keeps only the operations a BareTable program imports', async () => {
    const [program] = COLD_START_PROGRAMS.filter((p) => p.name === 'core-bare');
    const text = new TextDecoder().decode((await bundleSize(program, 'src')).commonJs);
    expect(text).toContain('attribute_not_exists');
    for (const unused of [
      'BatchWriteCommand',
      'QueryCommand',
      'TransactWriteCommand',
      'batchGet',
    ]) {
      expect(text).not.toContain(unused);
    }
  });

  (built ? it : it.skip)('starts every program once (needs the built packages)', () => {
    const results = runColdStart(SMOKE_COLD_START);
    expect(results.map((r) => r.name)).toEqual(['raw', 'core', 'core-bare', 'core-decorators']);
    for (const result of results) expect(result.medianMs).toBeGreaterThan(0);
  });
});

describe('instruction counts of a start', () => {
  it("reads the count from cachegrind's summary, and refuses output without one", () => {
    const summary = '==77== \n==77== I   refs:      812,523,159\n';
    expect(parseInstructionCount(summary)).toBe(812_523_159);
    expect(() => parseInstructionCount('valgrind: command not found')).toThrow(/No instruction/);
  });

  (valgrindAvailable() ? it : it.skip)(
    'counts more for a start that does more (needs valgrind)',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokklib-count-'));
      const idle = path.join(dir, 'idle.js');
      const busy = path.join(dir, 'busy.js');
      fs.writeFileSync(idle, '');
      fs.writeFileSync(
        busy,
        'let s = 0; for (let i = 0; i < 3e6; i += 1) s += i % 7; if (s < 0) throw 1;',
      );
      const [idleCount, busyCount] = await Promise.all([
        countInstructions(idle),
        countInstructions(busy),
      ]);
      fs.rmSync(dir, { recursive: true });
      expect(idleCount).toBeGreaterThan(1e6);
      expect(busyCount - idleCount).toBeGreaterThan(3e6);
    },
    120_000,
  );
});
