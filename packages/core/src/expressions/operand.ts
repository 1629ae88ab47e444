import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { AttributePath } from './attribute-path.js';

/** The left or right side of a comparison: an attribute, an attribute's size, or a value. */
export type OperandNode =
  | { readonly kind: 'path'; readonly path: AttributePath }
  | { readonly kind: 'size'; readonly path: AttributePath }
  | { readonly kind: 'value'; readonly value: NativeAttributeValue };
