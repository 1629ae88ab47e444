import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Item } from '../items/item.js';
import { CapacityError } from './capacity-error.js';
import { ConditionalCheckFailedError } from './conditional-check-failed-error.js';
import { DokklibError } from './dokklib-error.js';
import { DynamoDBError } from './dynamodb-error.js';
import { UnsupportedValueError } from './unsupported-value-error.js';
import { type CancellationReason, TransactionCanceledError } from './transaction-canceled-error.js';
import { TransactionConflictError } from './transaction-conflict-error.js';

/** What the failed request was, so the mapped error can say it. */
export interface SdkErrorContext {
  /** A short description of the request, e.g. `"insert of USER#alice / GROUP#g1"`. */
  readonly operation: string;
  /** Turns a stored item into what callers see (key prefixes stripped). */
  readonly decodeItem: (item: Item) => Item;
  /** The caller's transaction arguments, in request order. */
  readonly transactionArguments?: readonly unknown[];
}

/** The messages of the SDK's marshalling errors, thrown on the client before sending. */
const MARSHALLING_ERROR =
  /^(Unsupported type passed|Only Number Set \(NS\), Binary Set|Cannot convert a Symbol value|Pass options\.removeUndefinedValues|Pass a non-empty set)/;

const CAPACITY_ERROR_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  Item?: Record<string, AttributeValue>;
  CancellationReasons?: {
    Code?: string;
    Message?: string;
    Item?: Record<string, AttributeValue>;
  }[];
}

/** Maps an error thrown by the AWS SDK to the dokklib error that says what happened. */
export function mapSdkError(error: unknown, context: SdkErrorContext): Error {
  if (error instanceof DokklibError || typeof error !== 'object' || error === null) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const sdkError = error as SdkErrorShape;
  const name = typeof sdkError.name === 'string' ? sdkError.name : 'Error';
  const detail = typeof sdkError.message === 'string' ? sdkError.message : name;
  const decode = (raw: Record<string, AttributeValue> | undefined): Item | undefined =>
    raw === undefined ? undefined : context.decodeItem(unmarshall(raw));

  if (name === 'ConditionalCheckFailedException') {
    return new ConditionalCheckFailedError(
      `The condition of ${context.operation} failed: ${detail}`,
      { cause: error, item: decode(sdkError.Item) },
    );
  }
  if (name === 'TransactionCanceledException') {
    const reasons = cancellationReasons(sdkError, context, decode);
    return new TransactionCanceledError(transactionMessage(context, reasons), reasons, {
      cause: error,
    });
  }
  if (name === 'TransactionConflictException') {
    return new TransactionConflictError(
      `${context.operation} conflicted with another transaction on the same item; retry it.`,
      { cause: error },
    );
  }
  if (CAPACITY_ERROR_NAMES.has(name)) {
    return new CapacityError(
      `DynamoDB refused ${context.operation} for lack of capacity (${name}); retry later with backoff.`,
      { cause: error },
    );
  }
  if (MARSHALLING_ERROR.test(detail)) {
    return new UnsupportedValueError(
      `${context.operation} was not sent: the AWS SDK cannot write one of its values (${detail}). Pass an ISO-8601 string or an epoch number for a Date, a plain object for a class instance, a string for a Symbol, a list for a Set of booleans.`,
      { cause: error },
    );
  }
  return new DynamoDBError(`${context.operation} failed with ${name}: ${detail}`, name, {
    cause: error,
  });
}

function cancellationReasons(
  sdkError: SdkErrorShape,
  context: SdkErrorContext,
  decode: (raw: Record<string, AttributeValue> | undefined) => Item | undefined,
): CancellationReason[] {
  return (sdkError.CancellationReasons ?? []).map((reason, index) => ({
    index,
    code: reason.Code ?? 'None',
    message: reason.Message,
    item: decode(reason.Item),
    argument: context.transactionArguments?.[index],
  }));
}

function transactionMessage(context: SdkErrorContext, reasons: CancellationReason[]): string {
  const failed = reasons
    .filter((reason) => reason.code !== 'None')
    .map((reason) => `#${reason.index}${describeArgument(reason.argument)}: ${reason.code}`);
  const summary = failed.length > 0 ? failed.join('; ') : 'no reasons given';
  return `${context.operation} was cancelled (${summary}); nothing in it was applied.`;
}

function describeArgument(argument: unknown): string {
  if (typeof argument !== 'object' || argument === null) return '';
  const text = String(argument);
  return text === '[object Object]' ? '' : ` (${text})`;
}
