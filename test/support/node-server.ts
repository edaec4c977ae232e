/** @module `npm start` for real in tests: the Node entry on a loopback port, in a fresh data folder, loading the sample registry. */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './spawn.ts';

export interface NodeServer {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** The data folder, removed by `close`. */
  dir: string;
  /** The environment the server was started with (the CLI needs the same to reach its database). */
  env: Record<string, string>;
  process: ChildProcess;
  close(): void;
}

/** Starts src/node.ts on a free port of 127.0.0.1 and resolves once it listens; `env` adds or overrides variables. */
export async function startNodeServer(env: Record<string, string> = {}): Promise<NodeServer> {
  const dir = mkdtempSync(join(tmpdir(), 'verify-server-'));
  const fullEnv = { DATABASE_URL: `file:${join(dir, 'data', 'verify.db')}`, PORT: '0', HOST: '127.0.0.1', ...env };
  const server = start('src/node.ts', [], fullEnv);
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    server.stderr!.on('data', (d) => (out += d));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    base, dir, env: fullEnv, process: server,
    close() {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
