/**
 * The body of a request the page sent, in every browser. Playwright (1.64) reports no request
 * bodies over WebDriver BiDi, so in Firefox the page keeps a copy of each string body it sends
 * with fetch (installed by `keepSentBodies` before the page loads) and the tests take it from there.
 */
import type { Page, Request } from '@playwright/test';

interface SentBodies {
  __sentBodies?: Array<{ url: string; body: string }>;
}

const needsCopies = (page: Page) => page.context().browser()?.browserType().name() === 'firefox';
/** Pages that keep copies already: a second wrapper would copy each body twice. */
const keeping = new WeakSet<Page>();

export async function keepSentBodies(page: Page): Promise<void> {
  if (!needsCopies(page) || keeping.has(page)) return;
  keeping.add(page);
  await page.addInitScript(() => {
    const send = window.fetch;
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
      if (typeof init?.body === 'string') ((window as SentBodies).__sentBodies ??= []).push({ url, body: init.body });
      return send.call(this, input, init);
    };
  });
}

export async function sentBody(page: Page, request: Request): Promise<string | null> {
  const body = request.postData();
  if (body !== null || !needsCopies(page)) return body;
  return page.evaluate((url) => {
    const copies = (window as SentBodies).__sentBodies ?? [];
    const index = copies.findIndex((copy) => copy.url === url);
    return index < 0 ? null : copies.splice(index, 1)[0]!.body;
  }, request.url());
}

export async function sentJson(page: Page, request: Request): Promise<Record<string, unknown>> {
  return JSON.parse((await sentBody(page, request)) ?? 'null') as Record<string, unknown>;
}
