/** Jest's `expect.addEqualityTesters` (jest ≥ 29.4), which `@types/jest` does not declare. */
type EqualityTester = (a: unknown, b: unknown) => boolean | undefined;
const jestExpect = expect as unknown as { addEqualityTesters(testers: EqualityTester[]): void };

/**
 * Makes jest treat two invalid dates as equal. Jest compares dates by `getTime()`, and NaN is
 * not NaN, so `toStrictEqual` fails on two conversions that both (rightly) give `Invalid Date`,
 * which `fc.date()` generates. Call once at the top of a property test file.
 */
export function treatInvalidDatesAsEqual(): void {
  jestExpect.addEqualityTesters([
    (a, b) =>
      a instanceof Date && b instanceof Date && Number.isNaN(a.getTime())
        ? Number.isNaN(b.getTime())
        : undefined,
  ]);
}
