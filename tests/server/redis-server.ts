/**
 * A real redis-server for the tests, spawned on a free loopback port from the binary on PATH (or
 * REDIS_SERVER_BIN), with the controls the outage tests need: kill, restart on the same port,
 * pause (SIGSTOP: the socket stays open, nothing answers) and resume.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';

/** The first executable `name` on PATH, as `command -v` finds it (which is what scripts/run-tests.mjs checks). */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN || onPath('redis-server');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RedisServer {
  port: number;
  url: string;
  /** SIGKILL, as a crash or a lost host would. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: no persistence). */
  restart(): void;
  pause(): void;
  resume(): void;
}

export function startRedisServer(port: number): RedisServer {
  if (!REDIS_SERVER) {
    throw new Error('redis-server is not on PATH: install it (apt-get install redis-server; npm test does so when root) or set REDIS_SERVER_BIN. The Redis adapter tests need a real server.');
  }
  const binary = REDIS_SERVER;
  let child: ChildProcess;
  const start = () => {
    child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  };
  start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGKILL');
      });
    },
    restart: start,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
  };
}

export interface TestRedis {
  client: ReturnType<typeof createClient>;
  stop(): Promise<void>;
}

/** A fresh redis-server with a connected node-redis client, for tests that need no outages. */
export async function startTestRedis(): Promise<TestRedis> {
  const server = startRedisServer(await freePort());
  const client = createClient({ url: server.url, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt > 50) {
        await server.kill();
        throw new Error(`redis-server did not start on port ${server.port}: ${String(error)}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    client,
    async stop() {
      if (client.isOpen) await client.quit();
      await server.kill();
    },
  };
}
