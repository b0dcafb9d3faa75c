/**
 * A throwaway redis-server for tests: spawned on a free loopback port without persistence, with
 * a connected node-redis client. Fails loudly when redis-server is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { createClient } from 'redis';

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestRedis {
  client: ReturnType<typeof createClient>;
  stop(): Promise<void>;
}

export async function startTestRedis(): Promise<TestRedis> {
  const binary = process.env.REDIS_SERVER_BIN || onPath('redis-server');
  if (!binary) {
    throw new Error('redis-server is not on PATH: install it (apt-get install redis-server) or set REDIS_SERVER_BIN. These tests need a real server.');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt > 50) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}: ${String(error)}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    client,
    async stop() {
      if (client.isOpen) await client.quit();
      child.kill('SIGKILL');
    },
  };
}
