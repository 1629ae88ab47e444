/**
 * The pinned DynamoDB Local build: the jar shipped in the `emulator/` folder of the
 * `amplify-dynamodb-simulator` npm package, checked by its SHA-256 before every use.
 */
export const DYNAMODB_LOCAL_RELEASE = {
  /** The npm package that carries the DynamoDB Local jar. */
  packageName: 'amplify-dynamodb-simulator',
  /** The exact version of that package; part of the cache folder name. */
  version: '2.9.30',
  /** SHA-256 (hex) of `DynamoDBLocal.jar` in that version. */
  jarSha256: '454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7',
} as const;

/** File name of the DynamoDB Local jar inside the emulator folder. */
export const DYNAMODB_LOCAL_JAR = 'DynamoDBLocal.jar';

/** Folder of native libraries (SQLite) next to the jar. */
export const DYNAMODB_LOCAL_LIB_DIR = 'DynamoDBLocal_lib';
