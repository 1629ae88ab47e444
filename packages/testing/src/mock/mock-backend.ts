import type { DocumentClientStub } from './document-client-stub.js';

/**
 * Something that answers a mocked client's commands, such as an in-memory DynamoDB.
 * `mockTable` attaches it to its stub, and again after each `reset()`.
 */
export interface MockBackend {
  /** Installs this backend's behaviours on the stub. */
  attach(stub: DocumentClientStub): void;
}
