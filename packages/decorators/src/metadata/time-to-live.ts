import { type AttributeOptions, attributeDecorator } from './attribute-decorator.js';

/** When DynamoDB may delete the item (a `Date` or epoch seconds), stored as epoch seconds as DynamoDB's TTL requires. */
export function TimeToLive(options?: AttributeOptions): PropertyDecorator {
  return attributeDecorator('TimeToLive', 'timeToLive', options);
}
