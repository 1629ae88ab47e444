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

  /** A native item or key, marshalled. */
  marshall(item: NativeItem): MarshalledItem;
  marshall(item: NativeItem | undefined): MarshalledItem | undefined;
  marshall(item: NativeItem | undefined): MarshalledItem | undefined {
    return item === undefined ? undefined : marshall(item, this.config.marshallOptions);
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
