import { classTransformerEntry } from './class-transformer-entry.js';
import { convertsDirectly } from './converts-directly.js';
import { directInstanceToPlain } from './direct-instance-to-plain.js';
import { directPlainToInstance } from './direct-plain-to-instance.js';
import { NotDirect } from './not-direct.js';

/**
 * class-transformer's `plainToInstance(target, plain)`, computed directly when the class
 * (and every class it meets) carries no metadata that changes the result; class-transformer
 * itself otherwise, so users' `@Type`, `@Transform`, `@Exclude` and `@Expose` apply.
 */
export function plainToEntity<T extends object>(target: new () => T, plain: object): T {
  if (convertsDirectly(target)) {
    try {
      return directPlainToInstance(target, plain);
    } catch (error) {
      if (!(error instanceof NotDirect)) throw error;
    }
  }
  return classTransformerEntry().plainToInstance(target, plain);
}

/** class-transformer's `instanceToPlain(entity)`, computed directly where that is the same (see {@link plainToEntity}). */
export function entityToPlain(entity: object): Record<string, unknown> {
  if (convertsDirectly(entity.constructor)) {
    try {
      return directInstanceToPlain(entity);
    } catch (error) {
      if (!(error instanceof NotDirect)) throw error;
    }
  }
  return classTransformerEntry().instanceToPlain(entity);
}
