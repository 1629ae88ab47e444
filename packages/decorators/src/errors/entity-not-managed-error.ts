import { ValidationError } from '@dokklib/core';

/** A unit of work was asked to refresh an entity it does not manage (it never loaded or wrote it, or detached it). */
export class EntityNotManagedError extends ValidationError {
  override readonly code: string = 'unitOfWork.entityNotManaged';
}
