import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { NativeAttributeValue, TranslateConfig } from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

/** A native (document client) item or key. */
export type NativeItem = Record<string, NativeAttributeValue>;

/** A marshalled item or key. */
export type MarshalledItem = Record<string, AttributeValue>;

/**
 * Marshalls requests and unmarshalls responses with a document client's own
 * `marshallOptions` and `unmarshallOptions`, as its commands do.
 */
export class Translator {
  constructor(private readonly config: TranslateConfig = {}) {}

  /**
   * A native item or key, marshalled attribute by attribute as the document client does (so
   * an attribute named `constructor` is an attribute, not the item's class); functions are
   * left out, and `undefined` values with `removeUndefinedValues` (a `marshall` error otherwise).
   */
  marshall(item: NativeItem): MarshalledItem;
  marshall(item: NativeItem | undefined): MarshalledItem | undefined;
  marshall(item: NativeItem | undefined): MarshalledItem | undefined {
    if (item === undefined) return undefined;
    const options = {
      ...this.config.marshallOptions,
      convertTopLevelContainer: this.config.marshallOptions?.convertTopLevelContainer ?? true,
    };
    return Object.fromEntries(
      Object.entries(item)
        .filter(([, value]) => typeof value !== 'function')
        .filter(([, value]) => value !== undefined || options.removeUndefinedValues !== true)
        .map(([name, value]) => [name, marshall(value, options) as AttributeValue]),
    );
  }

  /** A marshalled item or key, unmarshalled. */
  unmarshall(item: MarshalledItem): NativeItem;
  unmarshall(item: MarshalledItem | undefined): NativeItem | undefined;
  unmarshall(item: MarshalledItem | undefined): NativeItem | undefined {
    return item === undefined ? undefined : unmarshall(item, this.config.unmarshallOptions);
  }

  /** Marshalled items, unmarshalled. */
  unmarshallAll(items: readonly MarshalledItem[] | undefined): NativeItem[] | undefined {
    return items?.map((item) => this.unmarshall(item));
  }

  /** Applies `translate` to each value of a record. */
  static mapValues<From, To>(
    record: Record<string, From> | undefined,
    translate: (value: From) => To,
  ): Record<string, To> | undefined {
    if (record === undefined) return undefined;
    return Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, translate(value)]),
    );
  }
}

/** The object without its `undefined` properties. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
