/** What one request gave (its result, without `$metadata`, passed through `reduce`) or threw. */
export type StepOutcome =
  { readonly ok: unknown } | { readonly error: string; readonly message: string };

const withoutMetadata = (result: unknown): unknown => {
  if (typeof result !== 'object' || result === null) return result;
  const { $metadata: _metadata, ...rest } = result as Record<string, unknown>;
  return rest;
};

/** Runs `run`: its result (see {@link StepOutcome}), or its error's name and message. */
export async function stepOutcome(
  run: () => Promise<unknown>,
  reduce: (result: unknown) => unknown = withoutMetadata,
): Promise<StepOutcome> {
  try {
    return { ok: reduce(await run()) };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

/** Runs named steps in order; each one's {@link stepOutcome}, by name. */
export async function stepOutcomes(
  runs: Record<string, () => Promise<unknown>>,
  reduce?: (result: unknown) => unknown,
): Promise<Record<string, StepOutcome>> {
  const results: Record<string, StepOutcome> = {};
  for (const [name, run] of Object.entries(runs)) results[name] = await stepOutcome(run, reduce);
  return results;
}
