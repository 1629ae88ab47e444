import type { DecodedWrite, EntityAction } from './entity-action.js';
import { formatEntity, formatValue } from './format-value.js';

/**
 * One line saying what an action does, for messages:
 * `insert Membership { user: 'alice', group: 'g1', role: 'member' }`,
 * `delete Membership { user: 'alice', group: 'g1' }`, `update Group { name: 'g1' } set { members: 3 } if version = 2`.
 */
export function describeAction(action: EntityAction): string {
  const condition =
    action.condition === undefined || action.action === 'insert' ? '' : ` if ${action.condition}`;
  switch (action.action) {
    case 'insert':
    case 'put':
      return `${action.action} ${formatEntity(action.entity ?? action.item)}${condition}`;
    case 'update':
      return `update ${describeTarget(action)} set ${formatValue(action.changes)}${condition}`;
    case 'delete':
    case 'conditionCheck':
      return `${action.action} ${describeTarget(action)}${condition}`;
  }
}

/** Several actions, one per line, indented. */
export function describeActions(actions: readonly EntityAction[], indent = '  '): string {
  return actions.map((action) => indent + describeAction(action)).join('\n');
}

function describeTarget(write: DecodedWrite): string {
  if (write.entityClass === undefined || write.key === undefined) {
    return `item ${formatValue(write.itemKey)}`;
  }
  return `${write.entityClass.name} ${formatValue(write.key)}`;
}
