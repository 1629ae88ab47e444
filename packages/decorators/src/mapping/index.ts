export { COMPOSITE_KEY_SEPARATOR } from './composite-key.js';
export { primaryKeyOf, describeEntity, type EntityPrimaryKey } from './entity-key.js';
export { entityToAttributes } from './entity-to-item.js';
export { itemToEntity } from './item-to-entity.js';
export {
  putWrite,
  updateWrite,
  versionCondition,
  versionOf,
  type EntityWrite,
  type EntityPutWrite,
  type EntityUpdateWrite,
} from './entity-write.js';
