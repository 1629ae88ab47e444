/**
 * Updates and error handling: counters, sets, conditions, optimistic checks, and the
 * typed errors dokklib throws instead of raw SDK exceptions.
 */
import * as db from '@dokklib/core';
import type { ExampleContext } from './example-context.js';

export async function updatesAndErrorsExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const Article = new db.EntityName('ARTICLE');
  const table = new db.Table(tableName, { client });
  const pk = new db.PartitionKey(Article, 'dynamodb-in-practice');
  const sk = new db.SortKey(Article, 'dynamodb-in-practice');

  await table.insert(pk, sk, { status: 'draft', views: 0, tags: new Set(['aws']) });
  const updated = await table.update(
    pk,
    sk,
    { set: { status: 'published' }, add: { views: 1, tags: new Set(['nosql']) } },
    { condition: db.attr('status').eq('draft'), returnValues: 'ALL_NEW' },
  );
  log(
    `published: status=${String(updated?.status)} views=${String(updated?.views)} tags=${[...(updated?.tags as Set<string>)].join(',')}`,
  );

  try {
    await table.insert(pk, sk, { status: 'draft' });
  } catch (error) {
    if (!(error instanceof db.ConditionalCheckFailedError)) throw error;
    log(`insert refused (${error.code}); the stored item has status=${String(error.item?.status)}`);
  }

  try {
    await table.update(
      pk,
      sk,
      { set: { status: 'archived' } },
      { condition: db.attr('status').eq('draft') },
    );
  } catch (error) {
    if (!(error instanceof db.ConditionalCheckFailedError)) throw error;
    log(`stale update refused: ${error.message}`);
  }

  try {
    new db.PartitionKey(Article, 'a#b');
  } catch (error) {
    if (!(error instanceof db.InvalidKeyError)) throw error;
    log(`bad key refused before sending: ${error.message}`);
  }

  try {
    await table.transactWriteItems([
      new db.UpdateArg(pk, sk, { add: { views: 1 } }),
      new db.InsertArg(pk, new db.SortKey(Article, 'dynamodb-in-practice')),
    ]);
  } catch (error) {
    if (!(error instanceof db.ValidationError)) throw error;
    log(`transaction refused before sending: ${error.message}`);
  }

  try {
    await table.transactWriteItems([
      new db.UpdateArg(pk, sk, { add: { views: 1 } }),
      new db.ConditionCheckArg(
        new db.PartitionKey(Article, 'missing'),
        sk,
        db.attr('status').exists(),
      ),
    ]);
  } catch (error) {
    if (!(error instanceof db.TransactionCanceledError)) throw error;
    for (const reason of error.failedReasons)
      log(`transaction cancelled: ${String(reason.argument)} -> ${reason.code}`);
  }

  await table.delete(pk, sk);
  await table.delete(pk, sk);
  log('deleted twice without error: delete is idempotent by default');
}
