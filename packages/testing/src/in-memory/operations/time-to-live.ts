import type {
  DescribeTimeToLiveCommandInput,
  DescribeTimeToLiveCommandOutput,
  UpdateTimeToLiveCommandInput,
  UpdateTimeToLiveCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors/simulation-errors.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { settingsTable } from './settings-table.js';
import type { OperationOutput } from './operation-output.js';

/**
 * DynamoDB's `UpdateTimeToLive`: enables expiry on one attribute of the table, or disables
 * it; enabling it twice, disabling it twice, or naming another attribute than the enabled
 * one is refused, with DynamoDB Local's messages.
 */
export function updateTimeToLive(
  tables: MemoryTables,
  input: UpdateTimeToLiveCommandInput,
): OperationOutput<UpdateTimeToLiveCommandOutput> {
  const table = settingsTable(tables, input.TableName);
  const specification = input.TimeToLiveSpecification;
  const attribute = specification?.AttributeName;
  if (specification?.Enabled === undefined || attribute === undefined || attribute === '') {
    throw validationError(
      'One or more parameter values were invalid: TimeToLiveSpecification must have an AttributeName and Enabled',
    );
  }
  const current = table.timeToLiveAttribute;
  if (current !== undefined && current !== attribute) {
    throw validationError('TimeToLive is active on a different AttributeName');
  }
  if (specification.Enabled && current !== undefined) {
    throw validationError('TimeToLive is already enabled');
  }
  if (!specification.Enabled && current === undefined) {
    throw validationError('TimeToLive is already disabled');
  }
  table.timeToLiveAttribute = specification.Enabled ? attribute : undefined;
  return { TimeToLiveSpecification: { AttributeName: attribute, Enabled: specification.Enabled } };
}

/** DynamoDB's `DescribeTimeToLive`. */
export function describeTimeToLive(
  tables: MemoryTables,
  input: DescribeTimeToLiveCommandInput,
): OperationOutput<DescribeTimeToLiveCommandOutput> {
  const attribute = settingsTable(tables, input.TableName).timeToLiveAttribute;
  return {
    TimeToLiveDescription:
      attribute === undefined
        ? { TimeToLiveStatus: 'DISABLED' }
        : { TimeToLiveStatus: 'ENABLED', AttributeName: attribute },
  };
}
