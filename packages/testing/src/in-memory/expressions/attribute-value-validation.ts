import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { checkAttributeName } from './attribute-name.js';
import { checkStorable, parseDecimal } from './decimal.js';
import { validationError } from './dynamodb-simulation-error.js';
import { typeOf, valuesEqual } from './value-ordering.js';

const SET_NAMES: Record<string, string> = { SS: 'string', NS: 'number', BS: 'binary' };

/**
 * Throws DynamoDB's ValidationException for the attributes of an item or map it would
 * refuse: an empty or too long name (see `checkAttributeName`) or a value as
 * {@link validateAttributeValue} refuses it.
 */
export function validateAttributes(attributes: Record<string, AttributeValue>): void {
  for (const [name, value] of Object.entries(attributes)) {
    checkAttributeName(name);
    validateAttributeValue(value);
  }
}

/**
 * Throws DynamoDB's ValidationException for a value it would refuse: a malformed or
 * unstorable number, an empty set, a set with duplicates, or a bad map attribute name
 * (checked deeply).
 */
export function validateAttributeValue(value: AttributeValue): void {
  checkOneType(value);
  const type = typeOf(value);
  if (type === 'N') return checkNumber(value.N as string);
  if (type === 'M') return validateAttributes(value.M ?? {});
  if (type === 'L') return (value.L ?? []).forEach(validateAttributeValue);
  const setName = SET_NAMES[type];
  if (setName === undefined) return;
  const members = setMembers(value);
  if (members.length === 0) {
    throw validationError(
      type === 'BS'
        ? 'One or more parameter values were invalid: Binary sets should not be empty'
        : `One or more parameter values were invalid: An ${setName} set  may not be empty`,
    );
  }
  if (type === 'NS') members.forEach((member) => checkNumber(member.N as string));
  if (
    members.some((member, i) => members.slice(i + 1).some((other) => sameMember(member, other)))
  ) {
    throw validationError(duplicatesMessage(type, members));
  }
}

const TYPES = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'] as const;

/** Refuses a value with no type or several, and `NULL` other than `true`, as DynamoDB Local does. */
function checkOneType(value: AttributeValue): void {
  const types = TYPES.filter((type) => value[type] !== undefined).length;
  if (types === 0) {
    throw validationError(
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    );
  }
  if (types > 1) {
    throw validationError(
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    );
  }
  if (value.NULL !== undefined && value.NULL !== true) {
    throw validationError(
      'One or more parameter values were invalid: Null attribute value types must have the value of true',
    );
  }
}

/** DynamoDB Local's words for a set with duplicates, which differ by the set's type. */
function duplicatesMessage(type: string, members: AttributeValue[]): string {
  if (type === 'SS') {
    const list = members.map((member) => member.S).join(', ');
    return `One or more parameter values were invalid: Input collection [${list}] contains duplicates`;
  }
  if (type === 'BS') {
    return 'One or more parameter values were invalid: Input collection of type BS contains duplicates.';
  }
  return 'Input collection contains duplicates';
}

function checkNumber(text: string): void {
  const value = parseDecimal(text);
  if (value === undefined)
    throw validationError('A value provided cannot be converted into a number');
  checkStorable(value);
}

/** Set members that are duplicates: strings as written (DynamoDB Local keeps `\ud800` and `\ud801` apart in a set). */
function sameMember(a: AttributeValue, b: AttributeValue): boolean {
  return a.S !== undefined ? a.S === b.S : valuesEqual(a, b);
}

function setMembers(value: AttributeValue): AttributeValue[] {
  if (value.SS !== undefined) return value.SS.map((S) => ({ S }));
  if (value.NS !== undefined) return value.NS.map((N) => ({ N }));
  return (value.BS ?? []).map((B) => ({ B }));
}
