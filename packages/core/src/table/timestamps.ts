/** Which attributes record when an item was created and last updated. */
export interface TimestampOptions {
  /** Set by `put` and `insert`; `'CreatedAt'` by default, `false` to turn off. */
  readonly createdAt?: string | false;
  /** Set by `update`; `'UpdatedAt'` by default, `false` to turn off. */
  readonly updatedAt?: string | false;
}

/** The timestamp attributes in force, `undefined` where turned off. */
export interface TimestampAttributes {
  readonly createdAt: string | undefined;
  readonly updatedAt: string | undefined;
}

/** Resolves the table's timestamp options to attribute names. */
export function timestampAttributes(
  options: TimestampOptions | false | undefined,
): TimestampAttributes {
  if (options === false) return { createdAt: undefined, updatedAt: undefined };
  return {
    createdAt: orDefault(options?.createdAt, 'CreatedAt'),
    updatedAt: orDefault(options?.updatedAt, 'UpdatedAt'),
  };
}

function orDefault(name: string | false | undefined, fallback: string): string | undefined {
  if (name === false) return undefined;
  return name ?? fallback;
}
