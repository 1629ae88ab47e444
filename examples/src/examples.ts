import type { ExampleContext } from './example-context.js';
import { batchImportExample } from './batch-import-example.js';
import { decoratorsMoveUsersExample } from './decorators-move-users-example.js';
import { lambdaHandlerExample } from './lambda-handler-example.js';
import { largePartitionPagesExample } from './large-partition-pages-example.js';
import { memberCountStreamExample } from './member-count-stream-example.js';
import { membershipServiceExample } from './membership-service-example.js';
import { optimisticLockingExample } from './optimistic-locking-example.js';
import { seedExample } from './seed-example.js';
import { updatesAndErrorsExample } from './updates-and-errors-example.js';
import { validationAndConditionsExample } from './validation-and-conditions-example.js';

/** An example program: a title and what it does. */
export interface Example {
  readonly title: string;
  readonly run: (context: ExampleContext) => Promise<void>;
}

/** Every example, in the order `npm start` runs them. */
export const examples: readonly Example[] = [
  { title: 'Seed: move users between groups in one transaction', run: seedExample },
  { title: 'Updates and typed errors', run: updatesAndErrorsExample },
  { title: 'Large partition: pages, cursors and sort key ranges', run: largePartitionPagesExample },
  { title: 'Batch import: 3,000 items with progress', run: batchImportExample },
  {
    title: 'Decorated entities: move users between groups in one UnitOfWork',
    run: decoratorsMoveUsersExample,
  },
  {
    title: 'Optimistic locking: a version conflict, reload and retry',
    run: optimisticLockingExample,
  },
  { title: 'A membership service built on the unit of work', run: membershipServiceExample },
  { title: 'A Lambda handler on the bare API (small bundle)', run: lambdaHandlerExample },
  {
    title: 'A DynamoDB Streams handler keeping member counts, in entity terms',
    run: memberCountStreamExample,
  },
  {
    title: 'Validation with class-validator and conditions in entity terms',
    run: validationAndConditionsExample,
  },
];
