/** The native check (ES2024, in Node.js 20), typed here because the build targets ES2022. */
interface WellFormedString {
  isWellFormed(): boolean;
}

/**
 * Whether a string is well-formed UTF-16: no lone surrogate (`'\ud800'`). DynamoDB stores
 * strings as UTF-8, which cannot hold a lone surrogate: keys holding different ones collide
 * and conditions compare them equal.
 */
export function isWellFormed(text: string): boolean {
  return (text as unknown as WellFormedString).isWellFormed();
}
