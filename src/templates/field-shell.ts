/**
 * The one field shell: label (with the optional marker), the control, and the error line the
 * control is described by. Text fields, the state list and the plain country list all use it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormField } from '../form/form-model.js';
import type { FormView } from './form-view.js';

/** The shell around `control`, whose id is `id` and whose description is `${id}-error`. */
export function fieldShell(view: FormView, id: FormField, label: string, required: boolean, control: TemplateResult): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${id} part="label">${label}${required ? nothing : html` <span class="optional">${view.t('optional')}</span>`}</label>
    ${control}
    <p class="error" id=${`${id}-error`} part="error">${view.problemText(id)}</p>
    ${view.hintText?.(id) ? html`<p class="note" id=${`${id}-hint`}>${view.hintText(id)}</p>` : nothing}
  </div>`;
}

/** `aria-invalid` of a field's control. */
export const invalid = (view: FormView, field: FormField): 'true' | 'false' => (view.problemText(field) ? 'true' : 'false');

export interface TextFieldOptions {
  type?: string;
  autocomplete: string;
  inputmode?: string;
  required?: boolean;
  placeholder?: string;
}

export function textField(view: FormView, field: FormField, label: string, options: TextFieldOptions): TemplateResult {
  return fieldShell(view, field, label, Boolean(options.required), html`<input
    id=${field}
    name=${field}
    part="input"
    type=${options.type ?? 'text'}
    autocomplete=${options.autocomplete}
    inputmode=${options.inputmode ?? nothing}
    placeholder=${options.placeholder || nothing}
    ?required=${options.required}
    aria-invalid=${invalid(view, field)}
    aria-describedby=${view.hintText?.(field) ? `${field}-error ${field}-hint` : `${field}-error`}
    .value=${view.values[field]}
  />`);
}
