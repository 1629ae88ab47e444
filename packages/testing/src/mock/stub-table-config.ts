import { offlineClient } from './offline-client.js';
import { Table, type TableConfig } from '@dokklib/core';
import type { DocumentClientStub } from './document-client-stub.js';

const configs = new WeakMap<DocumentClientStub, TableConfig>();
let defaultConfig: TableConfig | undefined;

/** Records which table's requests a stub receives, so its calls can be read in entity terms. */
export function bindStubToTable(stub: DocumentClientStub, config: TableConfig): void {
  configs.set(stub, config);
}

/**
 * The layout of the table whose requests a stub receives: the one `mockTable` made it for,
 * otherwise the default layout (`PK`/`SK`, the inverse index, no custom GSIs).
 */
export function tableConfigOf(stub: DocumentClientStub): TableConfig {
  const config = configs.get(stub);
  if (config !== undefined) return config;
  defaultConfig ??= new Table('table', { client: offlineClient() }).config;
  return defaultConfig;
}
