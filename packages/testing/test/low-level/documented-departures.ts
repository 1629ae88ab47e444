/** One step's outcome in a transcript: its result or its error. */
export interface TranscriptLine {
  readonly step: string;
  readonly ok?: unknown;
  readonly error?: { readonly message?: string } & Record<string, unknown>;
}

/**
 * Where the in-memory DynamoDB follows DynamoDB rather than DynamoDB Local, on purpose: the
 * scenario and step, why, and the exact difference (`holds` is true when the store's line
 * is Local's with only that changed).
 */
export interface Departure {
  readonly scenario: string;
  readonly step: string;
  readonly why: string;
  readonly holds: (local: TranscriptLine, memory: TranscriptLine) => boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The store's error is Local's with another message. */
const message =
  (text: string) =>
  (local: TranscriptLine, memory: TranscriptLine): boolean =>
    local.error !== undefined &&
    same(memory, { ...local, error: { ...local.error, message: text } });

const NOT_FOUND =
  'DynamoDB answers a missing table with "Requested resource not found" (the ResourceNotFoundException ' +
  'of its API reference); DynamoDB Local says "Cannot do operations on a non-existent table"';

/** Every departure the low-level scenarios meet, with its evidence. */
export const DEPARTURES: readonly Departure[] = [
  ...[
    'legacyAttributesToGet',
    'legacyExpected',
    'legacyAttributeUpdates',
    'legacyKeyConditions',
    'legacyScanFilter',
    'legacyBatchAttributesToGet',
  ].map((step) => ({
    scenario: 'parameter validation and legacy parameters',
    step,
    why:
      'The legacy parameters (Expected, AttributesToGet, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter, ' +
      'ConditionalOperator) are not simulated: the store refuses them, naming the expression to write instead, ' +
      'rather than ignoring them (an ignored Expected would let through a write DynamoDB refuses)',
    holds: (_local: TranscriptLine, memory: TranscriptLine) =>
      memory.error?.message?.startsWith(
        'The in-memory DynamoDB does not simulate the legacy parameter ',
      ) === true,
  })),
  ...[
    ['batches', 'writeMissingTable'],
    ['transactions', 'readMissingTable'],
    ['table operations', 'describeDeleted'],
    ['table operations', 'deleteAgain'],
  ].map(([scenario, step]) => ({
    scenario: scenario as string,
    step: step as string,
    why: NOT_FOUND,
    holds: message('Requested resource not found'),
  })),
  ...(
    [
      ['batchGetSameNumberTwice', 'Provided list of item keys contains duplicates'],
      [
        'transactionSameNumberTwice',
        'Transaction request cannot include multiple operations on one item',
      ],
    ] as const
  ).map(([step, refusal]) => ({
    scenario: 'number sort keys',
    step,
    why:
      'Spellings of one number are one key (DynamoDB Local too reads 001.000 as the item 1, in the same ' +
      "scenario), so 2 and 2.0 in one request are the same item twice; DynamoDB Local's duplicate checks compare " +
      'the spelling and let them through',
    holds: (local: TranscriptLine, memory: TranscriptLine) =>
      local.ok !== undefined && memory.error?.message === refusal,
  })),
  {
    scenario: 'table operations',
    step: 'createAgain',
    why: 'DynamoDB names the table: "Table already exists: <name>"; DynamoDB Local says "Cannot create preexisting table"',
    holds: (local, memory) =>
      local.error !== undefined &&
      memory.error?.message?.startsWith('Table already exists: ') === true &&
      same(memory, { ...local, error: { ...local.error, message: memory.error.message } }),
  },
  {
    scenario: 'table operations',
    step: 'delete',
    why: 'DeleteTable API reference: the table is described as DELETING; DynamoDB Local says ACTIVE',
    holds: (local, memory) =>
      same(memory, { ...local, ok: { ...(local.ok as object), TableStatus: 'DELETING' } }),
  },
  {
    scenario: 'transactions',
    step: 'updateWithoutExpression',
    why: 'TransactWriteItems API reference: an Update requires its UpdateExpression; DynamoDB Local applies it as a no-op',
    holds: (local, memory) =>
      local.ok !== undefined &&
      memory.error?.message === 'Invalid UpdateExpression: The expression can not be empty;',
  },
  {
    scenario: 'transactions',
    step: 'tokenOtherRequest',
    why: 'DynamoDB Local sends IdempotentParameterMismatchException without a message (the SDK then says "UnknownError"); the store says what happened',
    holds: message(
      'The request uses the same client token as a previous, but non-identical request.',
    ),
  },
  ...(
    [
      [
        'ReturnValues variants',
        'updateNestedPathUpdatedOld',
        { m: { M: { x: { L: [{ N: '2' }] } } } },
      ],
      [
        'update expressions',
        'removeIndexes',
        { list: { L: [{ N: '1' }, { N: '3' }] }, map: { M: { num: { N: '1' } } } },
      ],
    ] as const
  ).map(([scenario, step, attributes]) => ({
    scenario,
    step,
    why:
      "UPDATED_OLD and UPDATED_NEW return only the nested paths updated (ScyllaDB's DynamoDB-compatibility suite, " +
      'test_returnvalues.py test_update_item_returnvalues_nested, checked against DynamoDB); DynamoDB Local returns the whole top-level attributes',
    holds: (local: TranscriptLine, memory: TranscriptLine) =>
      local.ok !== undefined && same(memory, { step, ok: { Attributes: attributes } }),
  })),
];
