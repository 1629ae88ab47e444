import {
  endpointBackend,
  handlerBackend,
  localBackend,
} from './src/in-memory/in-memory-backends.js';
import { membershipRound } from './src/in-memory/membership-round.js';
import { jestLocalEndpoint } from './jest-local-endpoint.js';

const endpoint = jestLocalEndpoint;

describe('the in-memory benchmark (smoke run against DynamoDB Local)', () => {
  it('runs the consumer test on the handler, the endpoint and DynamoDB Local alike', async () => {
    const backends = [handlerBackend(), await endpointBackend(), localBackend(endpoint())];
    try {
      const rounds = [];
      for (const backend of backends) {
        const ms = await membershipRound(backend.client, () => {
          backend.requests.reset();
          backend.answering?.reset();
        });
        rounds.push({
          ms,
          requests: backend.requests.count(),
          transactions: backend.requests.count('TransactWriteItems'),
          answeringMs: backend.answering?.totalMs(),
        });
      }
      const [handler, server, local] = rounds as [
        (typeof rounds)[0],
        (typeof rounds)[0],
        (typeof rounds)[0],
      ];
      // The same requests everywhere: 2 inserts, 5 transactions (2 joins, the move, the
      // refused join, the leave's delete), their reads and 3 listings.
      expect(server.requests).toBe(handler.requests);
      expect(local.requests).toBe(handler.requests);
      expect(handler.transactions).toBe(5);
      // The handler's answering time is part of its round, and only it measures one.
      expect(handler.answeringMs).toBeGreaterThan(0);
      expect(handler.answeringMs).toBeLessThan(handler.ms);
      expect(server.answeringMs).toBeUndefined();
    } finally {
      await Promise.all(backends.map((backend) => backend.stop()));
    }
  });
});
