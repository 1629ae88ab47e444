export { where, type EntityConditions } from './where.js';
export { EntityProperty } from './entity-property.js';
export type { ElementOf, PropertyName } from './property-types.js';
