type Pending<T> = Promise<{ readonly index: number; readonly result: IteratorResult<T> }>;

/**
 * The values of several async iterables as they come, whichever is first. Each source has
 * at most one `next()` pending at a time. If one fails, the others are closed and the
 * error is thrown.
 */
export async function* mergeAsyncIterables<T>(
  sources: readonly AsyncIterable<T>[],
): AsyncGenerator<T, void, undefined> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]());
  const pending = new Map<number, Pending<T>>();
  const pull = (index: number): void => {
    const next: Pending<T> = (iterators[index] as AsyncIterator<T>)
      .next()
      .then((result) => ({ index, result }));
    next.catch(() => undefined);
    pending.set(index, next);
  };
  iterators.forEach((_, index) => pull(index));
  try {
    while (pending.size > 0) {
      const { index, result } = await Promise.race(pending.values());
      if (result.done === true) {
        pending.delete(index);
        continue;
      }
      pull(index);
      yield result.value;
    }
  } finally {
    await Promise.allSettled([...pending.keys()].map((index) => iterators[index]?.return?.()));
  }
}
