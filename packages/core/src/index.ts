/**
 * @dokklib/core: the DynamoDB single-table pattern for TypeScript.
 * @packageDocumentation
 * @module @dokklib/core
 */
export * from './errors/index.js';
export * from './keys/index.js';
export * from './indexes/index.js';
export * from './expressions/index.js';
export * from './items/index.js';
export * from './operations/index.js';
export * from './table/index.js';
export * from './schema/index.js';
