import fs from 'node:fs';
import path from 'node:path';
import { bundleSize } from './src/cold-start/bundle-size.js';
import { COLD_START_PROGRAMS } from './src/cold-start/cold-start-programs.js';
import { runColdStart, SMOKE_COLD_START } from './src/cold-start/run-cold-start.js';

/** The cold-start programs import the built packages; CI builds before it tests. */
const built = ['core', 'decorators'].every((name) =>
  fs.existsSync(path.join(__dirname, '..', 'packages', name, 'dist', 'cjs', 'index.js')),
);

describe('the cold-start benchmark (smoke run)', () => {
  it('bundles each program from the package sources, SDK external', async () => {
    const [raw, core, decorators] = await Promise.all(
      COLD_START_PROGRAMS.map((program) => bundleSize(program, 'src')),
    );
    expect(raw.minifiedBytes).toBeLessThan(2000);
    expect(core.minifiedBytes).toBeGreaterThan(raw.minifiedBytes);
    expect(decorators.minifiedBytes).toBeGreaterThan(core.minifiedBytes);
    expect(core.gzipBytes).toBeLessThan(core.minifiedBytes);
  });

  (built ? it : it.skip)('starts every program once (needs the built packages)', () => {
    const results = runColdStart(SMOKE_COLD_START);
    expect(results.map((r) => r.name)).toEqual(['raw', 'core', 'core-decorators']);
    for (const result of results) expect(result.medianMs).toBeGreaterThan(0);
  });
});
