import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClientStub } from './document-client-stub.js';
import { answerEmptyByDefault } from './empty-answers.js';
import { itemKeyOf, storedItem } from './stored-item.js';
import { tableConfigOf } from './stub-table-config.js';

/**
 * Makes the stub answer a `GetItem` of each entity's key with that entity's stored item, so
 * `entities.get(User, { username: 'alice' })` returns a copy of `alice`. Gets of other keys
 * find nothing, unless stubbed otherwise.
 * @throws {EntityDefinitionError} or {InvalidKeyError} for something that is not a storable entity.
 */
export function stubGet(stub: DocumentClientStub, ...entities: readonly object[]): void {
  const config = tableConfigOf(stub);
  const items = entities.map((entity) => storedItem(config, entity));
  answerEmptyByDefault(stub, 'get');
  for (const item of items) {
    stub.on(GetCommand, { Key: itemKeyOf(config, item) }).resolves({ Item: item });
  }
}
