import { randomUUID } from 'node:crypto';
import type { TranslateConfig } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBOperations } from '../dynamodb-operations.js';
import type { DocumentClientStub } from '../../mock/document-client-stub.js';
import { DOCUMENT_COMMANDS } from './document-commands.js';
import { toSdkException } from './sdk-exception.js';
import { Translator } from './translator.js';

/**
 * Answers every document client command (`PutCommand`, `QueryCommand`…
 * `TransactWriteCommand`) on the stub from the in-memory DynamoDB, marshalling with the
 * client's own `marshallOptions` and `unmarshallOptions`, and throwing the SDK's errors.
 */
export function attachInMemoryDynamoDB(db: DynamoDBOperations, stub: DocumentClientStub): void {
  for (const binding of DOCUMENT_COMMANDS) {
    stub.on(binding.command).callsFake(async (input: unknown, getClient: () => object) => {
      const translator = new Translator(translateConfigOf(getClient()));
      try {
        const output = binding.run(db, input as never, translator);
        return {
          ...output,
          $metadata: {
            httpStatusCode: 200,
            requestId: randomUUID(),
            attempts: 1,
            totalRetryDelay: 0,
          },
        };
      } catch (error) {
        throw toSdkException(error);
      }
    });
  }
}

function translateConfigOf(client: unknown): TranslateConfig {
  const config = (client as { config?: { translateConfig?: TranslateConfig } } | undefined)?.config;
  return config?.translateConfig ?? {};
}
