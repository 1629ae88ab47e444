import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** An item as DynamoDB stores it: attribute name to marshalled value. */
export type Item = Record<string, AttributeValue>;
