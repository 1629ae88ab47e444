import { DynamoDBLocalError } from '../dynamodb-local/dynamodb-local-error.js';
import { DYNAMODB_ENDPOINT_ENV } from './dynamodb-endpoint-env.js';

/** Thrown when an integration test needs the shared DynamoDB Local but none was started. */
export class EndpointNotSetError extends DynamoDBLocalError {
  readonly code = 'dynamodbLocal.endpointNotSet';

  constructor() {
    super(
      `${DYNAMODB_ENDPOINT_ENV} is not set, so there is no DynamoDB Local to connect to. ` +
        "Run the tests with jest's globalSetup from '@dokklib/testing/jest', or set " +
        `${DYNAMODB_ENDPOINT_ENV} to the URL of a running DynamoDB Local.`,
    );
  }
}
