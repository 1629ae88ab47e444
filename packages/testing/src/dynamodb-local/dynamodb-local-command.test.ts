import { dynamodbLocalCommand } from './dynamodb-local-command.js';

describe('dynamodbLocalCommand', () => {
  it('runs the jar in memory on the given port with its native libraries', () => {
    expect(dynamodbLocalCommand('/cache/ddb', 8123)).toEqual({
      command: 'java',
      args: [
        '-Djava.library.path=/cache/ddb/DynamoDBLocal_lib',
        '-jar',
        '/cache/ddb/DynamoDBLocal.jar',
        '-inMemory',
        '-disableTelemetry',
        '-port',
        '8123',
      ],
    });
  });

  it('uses the given java executable', () => {
    expect(dynamodbLocalCommand('/d', 1, '/opt/jdk/bin/java').command).toBe('/opt/jdk/bin/java');
  });
});
