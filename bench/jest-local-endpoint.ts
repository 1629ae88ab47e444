/** The DynamoDB Local endpoint jest's global setup started for the run. */
export function jestLocalEndpoint(): string {
  const value = process.env.DOKKLIB_DYNAMODB_ENDPOINT;
  if (value === undefined)
    throw new Error('DOKKLIB_DYNAMODB_ENDPOINT is not set: run through jest.');
  return value;
}
