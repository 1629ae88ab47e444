import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AwsClientStub } from 'aws-sdk-client-mock';

/** The `aws-sdk-client-mock` stub of a `DynamoDBDocumentClient`. */
export type DocumentClientStub = AwsClientStub<DynamoDBDocumentClient>;
