// A reporter for `node --test`: one JSON line per test, read by the consumer suite.
export default async function* jsonLines(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, details } = event.data;
    if (details?.type === 'suite') continue;
    const error = event.type === 'test:fail' ? details?.error : undefined;
    yield `${JSON.stringify({
      name,
      passed: event.type === 'test:pass',
      message: error === undefined ? '' : String(error.cause?.stack ?? error.cause ?? error),
    })}\n`;
  }
}
