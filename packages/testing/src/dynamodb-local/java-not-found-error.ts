import { DynamoDBLocalError, type DynamoDBLocalErrorOptions } from './dynamodb-local-error.js';

/** Thrown when the `java` executable needed to run DynamoDB Local cannot be started. */
export class JavaNotFoundError extends DynamoDBLocalError {
  readonly code = 'dynamodbLocal.javaNotFound';

  constructor(java: string, options: DynamoDBLocalErrorOptions = {}) {
    super(
      `Cannot run DynamoDB Local: the Java executable '${java}' was not found. ` +
        'Install a Java runtime (17 or newer), e.g. `apt-get install -y default-jre-headless`, ' +
        'or pass its path as the `java` option.',
      options,
    );
  }
}
