import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailure, TransactionCancellation } from '../errors/simulation-errors.js';
import { DynamoDBSimulationError } from '../expressions/index.js';
import type { DynamoDBOperations } from '../dynamodb-operations.js';
import { fromWire, toWire } from './wire-values.js';
import { wireOperation } from './wire-operations.js';

/** An HTTP response in DynamoDB's JSON protocol, before it is sent. */
export interface WireResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** What `x-amz-target` starts with for DynamoDB's operations. */
const TARGET_PREFIX = 'DynamoDB_20120810.';
/** Where DynamoDB's own error names live, as its `__type` gives them. */
const DYNAMODB_ERRORS = 'com.amazonaws.dynamodb.v20120810#';
/** Where the service framework's error names live (unknown operation, unreadable body). */
const SERVICE_ERRORS = 'com.amazon.coral.service#';

/**
 * Answers one request of DynamoDB's JSON protocol from the store: `target` is its
 * `x-amz-target` header (`DynamoDB_20120810.PutItem`), `body` its JSON. Errors are answered
 * as DynamoDB answers them (status 400, `__type` and `message`, and a failed condition's
 * `Item` or a cancelled transaction's `CancellationReasons`), so an SDK client builds its own
 * exceptions from them; an error of the store itself is a 500 that names it.
 */
export function answerRequest(
  db: DynamoDBOperations,
  target: string | undefined,
  body: string,
): WireResponse {
  const name = target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  const operation = name === undefined ? undefined : wireOperation(name);
  if (operation === undefined) {
    return errorResponse(400, `${SERVICE_ERRORS}UnknownOperationException`, {
      message: `The in-memory DynamoDB does not answer ${target ?? 'a request without x-amz-target'}`,
    });
  }
  let input: unknown;
  try {
    input = fromWire(JSON.parse(body === '' ? '{}' : body));
  } catch {
    return errorResponse(400, `${SERVICE_ERRORS}SerializationException`, {
      message: 'The request body is not JSON',
    });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return errorResponse(400, `${SERVICE_ERRORS}SerializationException`, {
      message: 'The request body is not a JSON object',
    });
  }
  try {
    return response(200, toWire(operation(db, input)));
  } catch (error) {
    return failureResponse(error);
  }
}

function failureResponse(error: unknown): WireResponse {
  if (!(error instanceof DynamoDBSimulationError)) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return errorResponse(500, `${DYNAMODB_ERRORS}InternalServerError`, {
      message: `The in-memory DynamoDB failed: ${message}`,
    });
  }
  const details: Record<string, unknown> = { message: error.message };
  if (error instanceof ConditionalCheckFailure && error.item !== undefined) {
    details.Item = error.item;
  }
  if (error instanceof TransactionCancellation) details.CancellationReasons = error.reasons;
  return errorResponse(400, `${DYNAMODB_ERRORS}${error.name}`, details);
}

function errorResponse(
  statusCode: number,
  type: string,
  details: Record<string, unknown>,
): WireResponse {
  return response(statusCode, toWire({ __type: type, ...details }));
}

function response(statusCode: number, body: string): WireResponse {
  return {
    statusCode,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': String(Buffer.byteLength(body)),
      'x-amzn-requestid': randomUUID(),
    },
    body,
  };
}
