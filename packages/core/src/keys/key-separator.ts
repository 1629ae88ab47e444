/** Separates the entity name from the value in a key string: `USER#alice`. */
export const KEY_SEPARATOR = '#';
