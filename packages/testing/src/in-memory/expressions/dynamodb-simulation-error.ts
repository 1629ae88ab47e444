/** An error the in-memory DynamoDB throws, named like DynamoDB's (e.g. `ValidationException`). */
export class DynamoDBSimulationError extends Error {
  constructor(
    name: 'ValidationException' | 'ConditionalCheckFailedException' | string,
    message: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** A `ValidationException` with DynamoDB's message. */
export function validationError(message: string): DynamoDBSimulationError {
  return new DynamoDBSimulationError('ValidationException', message);
}
