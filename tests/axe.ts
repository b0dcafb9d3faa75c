/**
 * axe in a real browser, for the component (tests/browser) and end-to-end (tests/e2e) specs alike.
 * Each check says what it covers, which rules run and from which impact a violation counts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0–2.2 levels A and AA (target size and contrast included) and axe's best practices. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** axe's impacts, least first. */
const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

export type AxeCheck = {
  /** `'page'` for the whole page, else a selector of the element checked (its shadow root included). */
  scope: string;
  /** The least impact reported: `'serious'` (the default) reports serious and critical, `'minor'` every violation. */
  impact?: Impact;
} & (
  | {
      /** The rules run, by tag: WCAG_AA_TAGS by default; `'axe defaults'` runs every rule axe enables by default. */
      tags?: readonly string[] | 'axe defaults';
      rules?: never;
    }
  | {
      /** Only these rules, by id. */
      rules: readonly string[];
      tags?: never;
    }
);

/** The violations `check` finds, one line each: rule, impact and the elements at fault. */
export async function axeViolations(page: Page, check: AxeCheck): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  if (check.scope !== 'page') axe = axe.include(check.scope);
  if (check.rules) axe = axe.withRules([...check.rules]);
  else if (check.tags !== 'axe defaults') axe = axe.withTags([...(check.tags ?? WCAG_AA_TAGS)]);
  const least = IMPACTS.indexOf(check.impact ?? 'serious');
  const { violations } = await axe.analyze();
  return violations
    // A violation without an impact is always reported.
    .filter((violation) => !violation.impact || IMPACTS.indexOf(violation.impact) >= least)
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
