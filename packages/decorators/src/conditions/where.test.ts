import 'reflect-metadata';
import {
  type Condition,
  compileCondition,
  ExpressionContext,
  ValidationError,
} from '@dokklib/core';
import { Transform } from 'class-transformer';
import { Order, User } from '../../test/entities.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { TimeToLive } from '../metadata/time-to-live.js';
import { where } from './where.js';

@Entity('WHERE_SESSION')
class Session {
  @PartitionKey() id!: string;
  @Attribute({ name: 'user_name' }) userName!: string;
  @Attribute()
  @Transform(({ value }) => (value as string).toLowerCase(), { toPlainOnly: true })
  email!: string;
  @TimeToLive() expiresAt!: Date;
  @Attribute() tags?: Set<string>;
  @Attribute() opened?: Date[];
}

/** The expression and its maps, as a request would carry them. */
function compiled(condition: Condition) {
  const context = new ExpressionContext();
  const expression = compileCondition(condition, context);
  const { ExpressionAttributeNames: names, ExpressionAttributeValues: values } =
    context.toAttributes();
  return { expression, names, values };
}

describe('where', () => {
  it('maps a property to its stored name and converts Dates as a write stores them', () => {
    const joined = new Date('2024-05-01T10:00:00.000Z');
    const { expression, names, values } = compiled(where(User).prop('joinedAt').gt(joined));
    expect(expression).toBe('#n0 > :v0');
    expect(names).toEqual({ '#n0': 'joinedAt' });
    expect(values).toEqual({ ':v0': '2024-05-01T10:00:00.000Z' });
    expect(compiled(where(Order).prop('totalCents').between(100, 200))).toMatchObject({
      expression: '#n0 BETWEEN :v0 AND :v1',
      names: { '#n0': 'total_cents' },
      values: { ':v0': 100, ':v1': 200 },
    });
  });

  it('applies @Transform and TTL seconds as on write, and an element converts as a set element', () => {
    const session = where(Session);
    expect(compiled(session.prop('email').eq('A@X.io')).values).toEqual({ ':v0': 'a@x.io' });
    expect(compiled(session.prop('userName').eq('al')).names).toEqual({ '#n0': 'user_name' });
    const expiry = new Date('2024-01-01T00:00:10.500Z');
    expect(compiled(session.prop('expiresAt').lt(expiry)).values).toEqual({ ':v0': 1704067210 });
    expect(compiled(session.prop('tags').contains('red'))).toMatchObject({
      expression: 'contains(#n0, :v0)',
      values: { ':v0': 'red' },
    });
    expect(compiled(session.prop('opened').contains(expiry)).values).toEqual({
      ':v0': '2024-01-01T00:00:10.500Z',
    });
    expect(compiled(session.prop('tags').size().gt(2)).expression).toBe('size(#n0) > :v0');
  });

  it('builds with a callback, combining with core conditions', () => {
    const condition = where(User, (p) =>
      p('email').beginsWith('a').and(p('version').ge(2), p('email').exists()),
    );
    expect(compiled(condition).expression).toBe(
      '(begins_with(#n0, :v0)) AND (#n1 >= :v1) AND (attribute_exists(#n0))',
    );
  });

  it('refuses key properties, unknown properties and undefined values before sending', () => {
    const user = where(User);
    expect(() => user.prop('username' as 'email')).toThrow(ValidationError);
    expect(() => user.prop('username' as 'email')).toThrow(/User.username is a key property/);
    expect(() => user.prop('scratch')).toThrow(/User.scratch is not a stored property/);
    expect(() => user.prop('nope' as 'email')).toThrow(/User.nope is not a stored property/);
    expect(() => user.prop('email').eq(undefined as unknown as string)).toThrow(
      /compares with undefined/,
    );
  });
});
