/**
 * What an alert showed, frame by frame: browsers compare a live region's text once a frame, so
 * the same words set again within one frame are not announced again. `watchAlertFrames` starts
 * reading the element's text at every animation frame; `alertFrames` returns each change since,
 * and `emptyFrameMs` how long the alert stayed empty before words came back.
 */
import type { Locator, Page } from '@playwright/test';

interface Frames {
  __alertChanges?: Array<{ text: string; at: number }>;
}

export async function watchAlertFrames(alert: Locator): Promise<void> {
  await alert.evaluate((element) => {
    const changes: Array<{ text: string; at: number }> = ((globalThis as Frames).__alertChanges = []);
    let last = element.textContent!.trim();
    const read = (at: number) => {
      const text = element.textContent!.trim();
      if (text !== last) changes.push({ text: (last = text), at });
      requestAnimationFrame(read);
    };
    requestAnimationFrame(read);
  });
}

export function alertFrames(page: Page): Promise<string[]> {
  return page.evaluate(() => ((globalThis as Frames).__alertChanges ?? []).map((change) => change.text));
}

/** From the first frame that showed the alert empty to the first that showed words again, in ms. */
export function emptyFrameMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const changes = (globalThis as Frames).__alertChanges ?? [];
    const empty = changes.findIndex((change) => change.text === '');
    return empty < 0 || !changes[empty + 1] ? NaN : changes[empty + 1]!.at - changes[empty]!.at;
  });
}
