/**
 * The framework examples of server rendering, each built by its own framework against this
 * package and run as its own server: demo/examples/nextjs-app-router (Next.js, App Router) and
 * demo/examples/astro (Astro, server output, Node adapter). Each is copied as it is into
 * .cache/examples/, beside a `node_modules/dodo-checkout` that links to this package (its built
 * `dist`), with `dist/cdn` served from the app's `public/cdn/` and passed as `assets`, pinned by
 * the hashes of `sri.json`: the examples' default, jsDelivr, is out of reach here. Each browser
 * project builds and serves its own copy, so that the projects' workers can run side by side.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const examples = join(root, 'demo/examples');
const work = join(root, '.cache/examples');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

const sri = JSON.parse(readFileSync(join(root, 'dist/cdn/sri.json'), 'utf8')) as Record<string, string>;
/** Self-hosted `dist/cdn`, as the README tells: the same `assets` for `renderCheckout` and `checkoutHeadTags`. */
const assets = `{ base: '/cdn/', integrity: ${JSON.stringify({ script: sri['dodo-checkout.js'], stylesheet: sri['dodo-checkout.css'], hydrate: sri['chunks/hydrate.js'] })} }`;

/** `text` with `from` replaced once; fails when the example no longer has it. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) throw new Error(`${file}: expected "${from}" exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function patch(file: string, from: string, to: string): void {
  writeFileSync(file, replaceOnce(readFileSync(file, 'utf8'), from, to, file));
}

interface Framework {
  name: string;
  /** Its folder under .cache/examples. */
  slug: string;
  /** Copies the example into `dir` and gives it the self-hosted assets. */
  prepare(dir: string): void;
  build: string[];
  start(port: number): { command: string; args: string[]; env: Record<string, string> };
}

const frameworks: Framework[] = [
  {
    name: 'Next.js',
    slug: 'nextjs',
    prepare(dir) {
      cpSync(join(examples, 'nextjs-app-router'), dir, { recursive: true });
      // The example is a route of an app; the app's root layout is the app's own.
      writeFileSync(join(dir, 'app/layout.tsx'), "export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang=\"en\">\n      <body>{children}</body>\n    </html>\n  );\n}\n");
      patch(join(dir, 'app/checkout/page.tsx'), "?? '' },", `?? '', assets: ${assets} },`);
      // An app's own compiler settings, so that Next does not take this repository's (whose paths
      // map the package's name to its sources).
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { target: 'ES2022', lib: ['dom', 'dom.iterable', 'esnext'], module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, resolveJsonModule: true, plugins: [{ name: 'next' }] },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'],
        exclude: ['node_modules'],
      }));
    },
    build: [bin('next'), 'build'],
    start: (port) => ({ command: bin('next'), args: ['start', '-p', String(port), '-H', '127.0.0.1'], env: {} }),
  },
  {
    name: 'Astro',
    slug: 'astro',
    prepare(dir) {
      cpSync(join(examples, 'astro'), dir, { recursive: true });
      const page = join(dir, 'src/pages/checkout.astro');
      patch(page, "?? '' },", `?? '', assets: ${assets} },`);
      patch(page, 'checkoutHeadTags()', `checkoutHeadTags(${assets})`);
    },
    build: [bin('astro'), 'build'],
    start: () => ({ command: process.execPath, args: ['dist/server/entry.mjs'], env: { HOST: '127.0.0.1' } }),
  },
];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** The status of the first answer from `url`, once the server listens. */
async function firstAnswer(url: string, deadline: number): Promise<number> {
  for (;;) {
    try {
      return (await fetch(url)).status;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

test.describe.configure({ timeout: 60_000 });

for (const framework of frameworks) {
  test.describe(framework.name, () => {
    let server: ChildProcess | undefined;
    let origin = '';
    let output = '';

    test.beforeAll(async ({}, testInfo) => {
      test.setTimeout(240_000);
      const dir = join(work, `${framework.slug}-${testInfo.project.name}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      framework.prepare(dir);
      // The package as an app installs it: by name, from its built files.
      mkdirSync(join(dir, 'node_modules'), { recursive: true });
      symlinkSync(root, join(dir, 'node_modules/dodo-checkout'), 'dir');
      cpSync(join(root, 'dist/cdn'), join(dir, 'public/cdn'), { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `${framework.slug}-example`, private: true, type: 'module' }));
      const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
      const built = spawnSync(framework.build[0]!, framework.build.slice(1), { cwd: dir, env, encoding: 'utf8' });
      expect(built.status, `${framework.name} build:\n${built.stdout}\n${built.stderr}`).toBe(0);
      const port = await freePort();
      const start = framework.start(port);
      server = spawn(start.command, start.args, { cwd: dir, env: { ...env, PORT: String(port), ...start.env } });
      server.stdout?.on('data', (chunk) => (output += chunk));
      server.stderr?.on('data', (chunk) => (output += chunk));
      origin = `http://127.0.0.1:${port}`;
      const status = await firstAnswer(`${origin}/checkout`, Date.now() + 60_000);
      expect(status, `GET /checkout; the server said:\n${output}`).toBe(200);
    });

    test.afterAll(() => {
      server?.kill();
    });

    test('the page shows the server\'s form before any script runs, and the element adopts it with what was typed', async ({ page }) => {
      const problems = watchConsole(page);
      // Every script held back: Next's runtime and the element's (the npm entry in Next, the CDN script in Astro).
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\.m?js(\?|$)/, async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(`${origin}/checkout`, { waitUntil: 'commit' });
      const email = page.getByRole('textbox', { name: 'Email' });
      await email.fill('ada@example.com');
      await page.getByRole('combobox', { name: 'Country' }).selectOption('SE');
      const pay = page.getByRole('button', { name: 'Pay $24.00' });
      await expect(pay, 'the bare form cannot be sent').toBeDisabled();
      expect(await page.evaluate(() => customElements.get('dodo-checkout'))).toBeUndefined();
      await page.evaluate(() => {
        (document.querySelector('dodo-checkout')!.shadowRoot!.querySelector('#email') as HTMLInputElement & { fromServer?: boolean }).fromServer = true;
      });

      release();
      await expect(pay).toBeEnabled({ timeout: 20_000 });
      const adopted = await page.evaluate(() => {
        const checkout = document.querySelector('dodo-checkout') as HTMLElement & { state: { values: Record<string, string> } };
        const field = checkout.shadowRoot!.querySelector('#email') as HTMLInputElement & { fromServer?: boolean };
        return { email: checkout.state.values.email, country: checkout.state.values.country, fromServer: field.fromServer === true, styled: getComputedStyle(field).minHeight };
      });
      expect(adopted).toEqual({ email: 'ada@example.com', country: 'SE', fromServer: true, styled: '44px' });
      expect(problems, `console of the page; the server said:\n${output}`).toEqual([]);
    });
  });
}

/** Console errors and warnings, and uncaught errors, of the page from now on. */
function watchConsole(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  return seen;
}
