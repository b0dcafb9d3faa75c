/**
 * What the shopper entered into a server-rendered form before the element's script ran: the
 * controls whose state differs from what the server wrote (typed text, a chosen country, a ticked
 * box). Read from the declarative shadow root just before it is hydrated, so nothing entered
 * there is lost when the element takes the form over.
 */
import { FORM_FIELDS, TERMS_ACCEPTED, type FormValues } from './form-model.js';

/** A select's value as the server wrote it: its `selected` option, else the first. */
function defaultSelectValue(select: HTMLSelectElement): string {
  const options = [...select.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

/** The fields of `root` (by their ids, which are the field names) that the shopper changed. */
export function typedBeforeHydration(root: ShadowRoot): Partial<FormValues> {
  const entries: Partial<FormValues> = {};
  for (const field of FORM_FIELDS) {
    const control = root.getElementById(field);
    if (control instanceof HTMLSelectElement) {
      if (control.value !== defaultSelectValue(control)) entries[field] = control.value;
    } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked !== control.defaultChecked) entries[field] = control.checked ? TERMS_ACCEPTED : '';
    } else if (control instanceof HTMLInputElement) {
      if (control.value !== control.defaultValue) entries[field] = control.value;
    }
  }
  return entries;
}
