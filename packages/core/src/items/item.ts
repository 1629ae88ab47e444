import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';

/** An item as JavaScript values, the way `@aws-sdk/lib-dynamodb` marshalls it. */
export type Item = Record<string, NativeAttributeValue>;

/** Attribute values a caller stores beside the key. */
export type Attributes = Record<string, NativeAttributeValue>;
