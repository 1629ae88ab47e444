/**
 * Entities checked before anything is sent: class-validator constraints on an entity
 * class refuse a bad write with an EntityValidationError, and conditions and filters are
 * written in entity terms with `where`, checked by the compiler.
 */
import 'reflect-metadata';
import { ConditionalCheckFailedError, Table } from '@dokklib/core';
import {
  Attribute,
  Entity,
  EntityManager,
  EntityValidationError,
  KeyProps,
  PartitionKey,
  SortKey,
  where,
} from '@dokklib/decorators';
import { IsEmail, IsIn, Min } from 'class-validator';
import type { ExampleContext } from './example-context.js';

/** A customer's invoice: PK = CUSTOMER#<customer>, SK = INVOICE#<number>. */
@Entity('INVOICE')
class Invoice {
  declare [KeyProps]?: 'customer' | 'number';
  @PartitionKey('CUSTOMER') customer!: string;
  @SortKey() number!: string;
  @Attribute() @IsEmail() billingEmail!: string;
  @Attribute() @Min(0) amountCents!: number;
  @Attribute() @IsIn(['open', 'paid']) status!: string;
  @Attribute() issuedAt!: Date;
}

function invoice(number: string, amountCents: number, issuedAt: string): Invoice {
  return Object.assign(new Invoice(), {
    customer: 'acme',
    number,
    billingEmail: 'billing@acme.example',
    amountCents,
    status: 'open',
    issuedAt: new Date(issuedAt),
  });
}

export async function validationAndConditionsExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const em = new EntityManager(new Table(tableName, { client }));
  try {
    await em.insert(Object.assign(invoice('0001', -5, '2024-01-10'), { billingEmail: 'nobody' }));
  } catch (error) {
    if (!(error instanceof EntityValidationError)) throw error;
    log(`refused before sending: ${error.message}`);
  }
  for (const [number, cents, day] of [
    ['0001', 12_000, '2024-01-10'],
    ['0002', 800, '2024-02-03'],
    ['0003', 45_000, '2024-03-21'],
  ] as const) {
    await em.insert(invoice(number, cents, day));
  }
  const large = await em.query(
    Invoice,
    { customer: 'acme' },
    { filter: where(Invoice, (p) => p('amountCents').ge(10_000).and(p('status').eq('open'))) },
  );
  log(`open invoices of 100.00 or more: ${large.map((i) => i.number).join(', ')}`);
  const [first] = large;
  const since = where(Invoice).prop('issuedAt').gt(new Date('2024-03-01'));
  try {
    await em.update(first, { status: 'paid' }, { condition: since });
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedError)) throw error;
    log(`invoice ${first.number} was issued before March: not marked paid`);
  }
  await em.update(large[1], { status: 'paid' }, { condition: since });
  log(`invoice ${large[1].number} marked paid`);
}
