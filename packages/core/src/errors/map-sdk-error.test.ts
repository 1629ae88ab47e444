import {
  ConditionalCheckFailedException,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ResourceNotFoundException,
  ThrottlingException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import { stripKeyPrefixes } from '../items/strip-key-prefixes.js';
import { CapacityError } from './capacity-error.js';
import { ConditionalCheckFailedError } from './conditional-check-failed-error.js';
import { DokklibError } from './dokklib-error.js';
import { DynamoDBError } from './dynamodb-error.js';
import { mapSdkError, type SdkErrorContext } from './map-sdk-error.js';
import { TransactionCanceledError } from './transaction-canceled-error.js';
import { TransactionConflictError } from './transaction-conflict-error.js';
import { UnsupportedValueError } from './unsupported-value-error.js';
import { ValidationError } from './validation-error.js';

const context: SdkErrorContext = {
  operation: 'insert of USER#alice / GROUP#g1',
  decodeItem: (item) => stripKeyPrefixes(item, new Set(['PK', 'SK'])),
};

/** An item as DynamoDB returns it on the wire. */
const storedItem = {
  PK: { S: 'USER#alice' },
  SK: { S: 'GROUP#g1' },
  note: { S: 'ABC#def' },
  n: { N: '3' },
  tags: { SS: ['a', 'b'] },
};

describe('mapSdkError', () => {
  it('maps ConditionalCheckFailedException, with the stored item unmarshalled and decoded', () => {
    const sdkError = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
      Item: storedItem,
    });
    const error = mapSdkError(sdkError, context);
    expect(error).toBeInstanceOf(ConditionalCheckFailedError);
    expect(error).toBeInstanceOf(DokklibError);
    const mapped = error as ConditionalCheckFailedError;
    expect(mapped.code).toBe('dynamodb.conditionalCheckFailed');
    expect(mapped.name).toBe('ConditionalCheckFailedError');
    expect(mapped.cause).toBe(sdkError);
    expect(mapped.item).toEqual({
      PK: 'alice',
      SK: 'g1',
      note: 'ABC#def',
      n: 3,
      tags: new Set(['a', 'b']),
    });
    expect(mapped.message).toContain('insert of USER#alice / GROUP#g1');
    expect(mapped.message).toContain('The conditional request failed');
  });

  it('maps ConditionalCheckFailedException without an item to an error without item', () => {
    const sdkError = new ConditionalCheckFailedException({ message: 'failed', $metadata: {} });
    const error = mapSdkError(sdkError, context) as ConditionalCheckFailedError;
    expect(error).toBeInstanceOf(ConditionalCheckFailedError);
    expect(error.item).toBeUndefined();
    expect(error.cause).toBe(sdkError);
  });

  it('maps TransactionCanceledException with one reason per action', () => {
    const args = [{ first: true }, { second: true }, { third: true }];
    const sdkError = new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
      $metadata: {},
      CancellationReasons: [
        { Code: 'None' },
        {
          Code: 'ConditionalCheckFailed',
          Message: 'The conditional request failed',
          Item: storedItem,
        },
        { Code: 'None', Message: undefined },
      ],
    });
    const error = mapSdkError(sdkError, {
      ...context,
      operation: 'transaction of 3 actions',
      transactionArguments: args,
    }) as TransactionCanceledError;
    expect(error).toBeInstanceOf(TransactionCanceledError);
    expect(error.code).toBe('dynamodb.transactionCanceled');
    expect(error.cause).toBe(sdkError);
    expect(error.reasons).toEqual([
      { index: 0, code: 'None', message: undefined, item: undefined, argument: args[0] },
      {
        index: 1,
        code: 'ConditionalCheckFailed',
        message: 'The conditional request failed',
        item: { PK: 'alice', SK: 'g1', note: 'ABC#def', n: 3, tags: new Set(['a', 'b']) },
        argument: args[1],
      },
      { index: 2, code: 'None', message: undefined, item: undefined, argument: args[2] },
    ]);
    expect(error.reasons[1]?.argument).toBe(args[1]);
    expect(error.failedReasons.map((reason) => reason.index)).toEqual([1]);
    expect(error.message).toContain('#1');
    expect(error.message).toContain('ConditionalCheckFailed');
  });

  it('names the failing argument in the message when it describes itself', () => {
    const argument = { toString: () => 'insert of USER#alice / GROUP#g1' };
    const sdkError = new TransactionCanceledException({
      message: 'cancelled',
      $metadata: {},
      CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
    });
    const error = mapSdkError(sdkError, { ...context, transactionArguments: [argument] });
    expect(error.message).toContain('insert of USER#alice / GROUP#g1');
  });

  it('maps TransactionCanceledException without reasons to an error with none', () => {
    const sdkError = new TransactionCanceledException({ message: 'cancelled', $metadata: {} });
    const error = mapSdkError(sdkError, context) as TransactionCanceledError;
    expect(error).toBeInstanceOf(TransactionCanceledError);
    expect(error.reasons).toEqual([]);
    expect(error.cause).toBe(sdkError);
  });

  it('maps a reason without a code to the code None', () => {
    const sdkError = new TransactionCanceledException({
      message: 'cancelled',
      $metadata: {},
      CancellationReasons: [{}],
    });
    const error = mapSdkError(sdkError, context) as TransactionCanceledError;
    expect(error.reasons[0]?.code).toBe('None');
    expect(error.reasons[0]?.argument).toBeUndefined();
  });

  it('maps TransactionConflictException', () => {
    const sdkError = new TransactionConflictException({ message: 'conflict', $metadata: {} });
    const error = mapSdkError(sdkError, context);
    expect(error).toBeInstanceOf(TransactionConflictError);
    expect((error as TransactionConflictError).code).toBe('dynamodb.transactionConflict');
    expect(error.cause).toBe(sdkError);
  });

  it.each([
    [
      'ProvisionedThroughputExceededException',
      new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }),
    ],
    ['ThrottlingException', new ThrottlingException({ message: 'slow down', $metadata: {} })],
    ['RequestLimitExceeded', new RequestLimitExceeded({ message: 'slow down', $metadata: {} })],
  ])('maps %s to CapacityError', (name, sdkError) => {
    const error = mapSdkError(sdkError, context);
    expect(error).toBeInstanceOf(CapacityError);
    expect((error as CapacityError).code).toBe('dynamodb.capacityExceeded');
    expect(error.cause).toBe(sdkError);
    expect(error.message).toContain(name);
  });

  it('maps any other SDK error to DynamoDBError with the SDK error name', () => {
    const sdkError = new ResourceNotFoundException({
      message: 'Requested resource not found',
      $metadata: {},
    });
    const error = mapSdkError(sdkError, context) as DynamoDBError;
    expect(error).toBeInstanceOf(DynamoDBError);
    expect(error.code).toBe('dynamodb.requestFailed');
    expect(error.sdkErrorName).toBe('ResourceNotFoundException');
    expect(error.cause).toBe(sdkError);
    expect(error.message).toContain('Requested resource not found');
  });

  it('maps a plain error (e.g. from marshalling) to DynamoDBError', () => {
    const plain = new TypeError('bad value');
    const error = mapSdkError(plain, context) as DynamoDBError;
    expect(error).toBeInstanceOf(DynamoDBError);
    expect(error.sdkErrorName).toBe('TypeError');
    expect(error.cause).toBe(plain);
  });

  it.each([
    [
      'a Date',
      'Unsupported type passed: Mon Dec 07 2026. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.',
      'ISO-8601',
    ],
    [
      'a class instance',
      'Unsupported type passed: [object Object]. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.',
      'plain object',
    ],
    ['a Symbol', 'Cannot convert a Symbol value to a string', 'string for a Symbol'],
    [
      'a Set of booleans',
      'Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.',
      'list for a Set of booleans',
    ],
  ])(
    "maps the SDK's marshalling error for %s to UnsupportedValueError, saying what to pass",
    (_label, message, advice) => {
      const sdkError = message.startsWith('Cannot') ? new TypeError(message) : new Error(message);
      const error = mapSdkError(sdkError, context) as UnsupportedValueError;
      expect(error).toBeInstanceOf(UnsupportedValueError);
      expect(error.code).toBe('validation.unsupportedValue');
      expect(error.cause).toBe(sdkError);
      expect(error.message).toContain(advice);
      expect(error.message).toContain('was not sent');
    },
  );

  it('returns a dokklib error unchanged', () => {
    const original = new ValidationError('bad input');
    expect(mapSdkError(original, context)).toBe(original);
  });

  it('wraps a thrown non-object in an Error', () => {
    const error = mapSdkError('boom', context);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('boom');
  });
});
