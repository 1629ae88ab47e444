export { localDynamoDBClient, uniqueTableName } from './local-table-client.js';
export { DYNAMODB_ENDPOINT_ENV } from './dynamodb-endpoint-env.js';
export { EndpointNotSetError } from './endpoint-not-set-error.js';
