import { DynamoDBSimulationError } from '../expressions/index.js';
import { tableNotFound } from '../errors/simulation-errors.js';
import { checkTableName } from '../schema/table-name.js';
import type { TableSchema } from '../schema/table-schema.js';
import { MemoryTable } from './memory-table.js';

/** The tables of one in-memory DynamoDB, by name. */
export class MemoryTables {
  private readonly tables = new Map<string, MemoryTable>();

  /**
   * @param expiryNow where given, the clock (epoch seconds) by which a table's expired items
   * are removed whenever the table is used (see `MemoryTable.expire`).
   */
  constructor(private readonly expiryNow?: () => number) {}

  /** @throws {DynamoDBSimulationError} ResourceInUseException if the name is taken. */
  create(schema: TableSchema, now: Date): MemoryTable {
    if (this.tables.has(schema.tableName)) {
      throw new DynamoDBSimulationError(
        'ResourceInUseException',
        `Table already exists: ${schema.tableName}`,
      );
    }
    const table = new MemoryTable(schema, now);
    this.tables.set(schema.tableName, table);
    return table;
  }

  /**
   * @throws {DynamoDBSimulationError} ValidationException for a malformed name,
   * ResourceNotFoundException for an unknown table.
   */
  delete(tableName: string | undefined): MemoryTable {
    const table = this.require(tableName);
    this.tables.delete(table.schema.tableName);
    return table;
  }

  /**
   * @throws {DynamoDBSimulationError} ValidationException for a malformed name,
   * ResourceNotFoundException for an unknown table.
   */
  require(tableName: string | undefined): MemoryTable {
    return this.existing(checkTableName(tableName));
  }

  /**
   * The table, without checking the name's form (DynamoDB Local's `TransactGetItems`
   * answers a malformed name as a missing table).
   * @throws {DynamoDBSimulationError} ResourceNotFoundException for an unknown table.
   */
  existing(tableName: string | undefined): MemoryTable {
    const table = tableName === undefined ? undefined : this.tables.get(tableName);
    if (table === undefined) throw tableNotFound();
    if (this.expiryNow !== undefined) table.expire(this.expiryNow());
    return table;
  }

  /** The names of all tables, sorted. */
  names(): string[] {
    return [...this.tables.keys()].sort();
  }
}
