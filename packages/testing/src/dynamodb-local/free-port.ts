import { createServer, type AddressInfo } from 'node:net';

/**
 * Finds a TCP port that is free right now on `host`, by listening on port 0 and closing.
 * Another process could still take it before it is used.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
