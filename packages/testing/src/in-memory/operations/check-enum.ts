import { validationError } from '../errors/simulation-errors.js';

/** Checks an enum parameter the way DynamoDB's input validation words it. */
export function checkEnum(
  value: string | undefined,
  allowed: readonly string[],
  member: string,
): void {
  if (value === undefined || allowed.includes(value)) return;
  throw validationError(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
  );
}
