/**
 * What an alert showed, frame by frame: browsers compare a live region's text once a frame, so
 * the same words set again within one frame are not announced again. `watchAlertFrames` starts
 * reading the element's text at every animation frame; `alertFrames` returns each change since.
 */
import type { Locator, Page } from '@playwright/test';

interface Frames {
  __alertTexts?: string[];
}

export async function watchAlertFrames(alert: Locator): Promise<void> {
  await alert.evaluate((element) => {
    const texts: string[] = ((globalThis as Frames).__alertTexts = []);
    let last = element.textContent!.trim();
    const read = () => {
      const text = element.textContent!.trim();
      if (text !== last) texts.push((last = text));
      requestAnimationFrame(read);
    };
    requestAnimationFrame(read);
  });
}

export function alertFrames(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as Frames).__alertTexts ?? []);
}
