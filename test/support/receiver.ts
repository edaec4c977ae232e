/** @module A real HTTP webhook receiver on 127.0.0.1 for tests: answers with scripted statuses and records what arrived, and when. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** `statuses` are answered in order, the last one repeating: [500, 500, 200] fails twice, then succeeds. */
export async function startReceiver(statuses: number[] = [200]): Promise<Receiver> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body, at: performance.now() });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Receivers started for one test file: `start` one per test, `closeAll` after each. */
export function receiverPool() {
  const open: Receiver[] = [];
  return {
    async start(statuses?: number[]): Promise<Receiver> {
      const r = await startReceiver(statuses);
      open.push(r);
      return r;
    },
    closeAll: () => Promise.all(open.splice(0).map((r) => r.close())),
  };
}
