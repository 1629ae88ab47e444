/**
 * @dokklib/decorators: decorated entity classes for the DynamoDB single-table pattern, an
 * entity manager, and a unit of work committed as one transaction.
 * @packageDocumentation
 * @module @dokklib/decorators
 */
import 'reflect-metadata';

export * from './errors/index.js';
export * from './metadata/index.js';
export * from './mapping/index.js';
export * from './entity-manager/index.js';
export * from './unit-of-work/index.js';
export * from './streams/index.js';
export * from './conditions/index.js';
export * from './validation/index.js';
