import { checkAttributeName } from './attribute-name.js';
import { validateAttributeValue } from './attribute-value-validation.js';
import { DynamoDBSimulationError, validationError } from './dynamodb-simulation-error.js';
import type { ExpressionInputs, Placeholders } from './parsed-expressions.js';
import { tokenize } from './tokenizer.js';

/** Something that uses placeholders and may check itself against the inputs. */
interface UsesPlaceholders {
  readonly placeholders: Placeholders;
  readonly validate?: (inputs: ExpressionInputs) => void;
}

/** The `#name` and `:value` placeholders in an expression's text. */
export function placeholdersOf(text: string): Placeholders {
  const tokens = tokenize(text);
  const of = (kind: string): Set<string> =>
    new Set(tokens.filter((t) => t.kind === kind).map((t) => t.text));
  return { names: of('name'), values: of('value') };
}

/**
 * DynamoDB's request checks on names and values: maps not empty, values valid, every
 * placeholder used defined (and each expression's own input checks), and none left unused.
 */
export function checkRequestPlaceholders(
  expressions: ReadonlyArray<UsesPlaceholders | undefined>,
  inputs: ExpressionInputs,
): void {
  checkMaps(inputs);
  const used = expressions.filter((e): e is UsesPlaceholders => e !== undefined);
  for (const expression of used) expression.validate?.(inputs);
  checkUnused(
    'ExpressionAttributeNames',
    inputs.names,
    used.map((e) => e.placeholders.names),
  );
  checkUnused(
    'ExpressionAttributeValues',
    inputs.values,
    used.map((e) => e.placeholders.values),
  );
}

function checkMaps({ names, values }: ExpressionInputs): void {
  if (names !== undefined && Object.keys(names).length === 0) {
    throw validationError('ExpressionAttributeNames must not be empty');
  }
  if (values !== undefined && Object.keys(values).length === 0) {
    throw validationError('ExpressionAttributeValues must not be empty');
  }
  for (const [key, name] of Object.entries(names ?? {})) {
    checkEntry('ExpressionAttributeNames', key, () => checkAttributeName(name));
  }
  for (const [key, value] of Object.entries(values ?? {})) {
    checkEntry('ExpressionAttributeValues', key, () => validateAttributeValue(value));
  }
}

/** Runs `check` on one entry of a map, naming the map and the key in its error. */
function checkEntry(parameter: string, key: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof DynamoDBSimulationError)) throw error;
    throw validationError(`${parameter} contains invalid value: ${error.message} for key ${key}`);
  }
}

function checkUnused(
  parameter: string,
  provided: Record<string, unknown> | undefined,
  used: ReadonlyArray<ReadonlySet<string>>,
): void {
  const unused = Object.keys(provided ?? {}).filter((key) => !used.some((set) => set.has(key)));
  if (unused.length > 0) {
    throw validationError(
      `Value provided in ${parameter} unused in expressions: keys: {${unused.join(', ')}}`,
    );
  }
}
