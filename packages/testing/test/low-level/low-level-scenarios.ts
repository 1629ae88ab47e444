import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { batchScenario } from './batch-scenario.js';
import { conditionScenario } from './condition-scenario.js';
import { itemValidationScenario } from './item-validation-scenario.js';
import { numberKeyScenario, numberSortKeyTable } from './number-key-scenario.js';
import { pagingScenario } from './paging-scenario.js';
import { parameterValidationScenario } from './parameter-validation-scenario.js';
import { projectionScenario } from './projection-scenario.js';
import { returnValuesScenario } from './return-values-scenario.js';
import { tableOperationsScenario } from './table-operations-scenario.js';
import { transactionScenario } from './transaction-scenario.js';
import { updateExpressionScenario } from './update-expression-scenario.js';

/** A low-level client scenario and the table it runs on (the single table unless it says). */
export interface LowLevelScenario {
  readonly scenario: Scenario;
  readonly table?: (name: string) => CreateTableCommandInput;
}

/** The low-level client scenarios, by what they exercise. */
export const LOW_LEVEL_SCENARIOS: Record<string, LowLevelScenario> = {
  'update expressions': { scenario: updateExpressionScenario },
  'condition functions and comparisons': { scenario: conditionScenario },
  projections: { scenario: projectionScenario },
  'ReturnValues variants': { scenario: returnValuesScenario },
  'query and scan paging': { scenario: pagingScenario },
  batches: { scenario: batchScenario },
  transactions: { scenario: transactionScenario },
  'item validation and number normalisation': { scenario: itemValidationScenario },
  'number sort keys': { scenario: numberKeyScenario, table: numberSortKeyTable },
  'table operations': { scenario: tableOperationsScenario },
  'parameter validation and legacy parameters': { scenario: parameterValidationScenario },
};
