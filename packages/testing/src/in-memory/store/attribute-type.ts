import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** The type tag of a marshalled value: `'S'`, `'N'`, `'M'`… */
export function attributeType(value: AttributeValue): string {
  return Object.keys(value).find((key) => key !== '$unknown') ?? '$unknown';
}
