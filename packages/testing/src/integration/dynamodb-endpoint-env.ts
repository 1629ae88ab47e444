/** Environment variable holding the endpoint of the DynamoDB Local shared by a test run. */
export const DYNAMODB_ENDPOINT_ENV = 'DOKKLIB_DYNAMODB_ENDPOINT';
