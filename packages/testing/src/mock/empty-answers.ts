import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClientStub } from './document-client-stub.js';

/** Per `send` stub (each `reset()` makes a new one), the commands already given an empty answer. */
const answered = new WeakMap<object, Set<string>>();

/**
 * Makes gets (or queries) that no helper stubbed answer "no item" ("no items") instead of
 * `undefined`, which is no DynamoDB answer. Installed once per stub and reset, before the
 * specific answers, which take precedence because they are defined later.
 */
export function answerEmptyByDefault(stub: DocumentClientStub, command: 'get' | 'query'): void {
  let commands = answered.get(stub.send);
  if (commands === undefined) {
    commands = new Set();
    answered.set(stub.send, commands);
  }
  if (commands.has(command)) return;
  commands.add(command);
  if (command === 'get') stub.on(GetCommand).resolves({});
  else stub.on(QueryCommand).resolves({ Items: [], Count: 0, ScannedCount: 0 });
}
