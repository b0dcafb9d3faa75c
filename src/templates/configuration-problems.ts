/** The alert's content when the configuration is wrong: what to fix, as text, for the merchant. */
import { html, type TemplateResult } from 'lit';
import type { FormView } from './form-view.js';

export function configurationProblems(view: Pick<FormView, 't'>, problems: readonly string[]): TemplateResult {
  return html`<strong>${view.t('configurationError')}</strong>
    <ul>
      ${problems.map((problem) => html`<li>${problem}</li>`)}
    </ul>`;
}
