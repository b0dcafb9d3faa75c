/**
 * The form's state and its one owner: the values, which fields the shopper edited (prefills no
 * longer replace those), the problems as codes, the chosen payment method chip and whether the
 * discount field is open. Every change goes through a method here and asks the host to render.
 */
import type { ReactiveControllerHost } from 'lit';
import { findSubdivision, type Subdivision } from '../intl/address-format.js';
import type { FoundProblem } from './validate-form.js';
import { EMPTY_FORM_VALUES, FORM_FIELDS, type FieldProblem, type FormField, type FormValues } from './form-model.js';

/** Fields whose problems a change of country makes stale. */
const COUNTRY_DEPENDENT: readonly FormField[] = ['country', 'state', 'zipcode'];

export class FormController {
  values: Readonly<FormValues> = EMPTY_FORM_VALUES;
  problems: ReadonlyMap<FormField, FieldProblem> = new Map();
  /** The payment method chip the shopper chose ("" for none). */
  chip = '';
  discountOpen = false;
  /** Counts changes to what the shopper entered, so the host knows when there is something new to save. */
  revision = 0;
  /**
   * Counts every change to the values and the chip but the form's own corrections (a tidied postal
   * code, a subdivision's code, a name from a registry): whether the shopper or the page changed anything.
   */
  edits = 0;

  /** Fields the shopper typed or chose: configuration changes no longer replace them. */
  private readonly edited = new Set<FormField>();

  /** `address` gives the address fields the form shows, in the order the country writes them. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly address: () => readonly string[] = () => [],
  ) {}

  /** The shopper typed or picked `value` in `field`. */
  edit(field: FormField, value: string): void {
    if (field === 'country') return this.chooseCountry(value);
    this.edited.add(field);
    this.change({ [field]: value }, [field]);
  }

  /** Another country: its subdivision would be wrong here; the postal code stays, checked against the new pattern at submit. */
  chooseCountry(country: string): void {
    if (country === this.values.country) return;
    this.edited.add('country');
    this.change({ country, state: '' }, COUNTRY_DEPENDENT);
  }

  chooseChip(id: string): void {
    this.chip = id;
    this.revision += 1;
    this.edits += 1;
    this.host.requestUpdate();
  }

  openDiscount(): void {
    this.discountOpen = true;
    this.host.requestUpdate();
  }

  /** The form's own corrections of what the shopper entered (a tidied postal code, a subdivision's code). */
  correct(changes: Partial<FormValues>): void {
    this.change(changes, [], true, true);
  }

  /**
   * Values from the configuration, for the fields the shopper has not edited. A prefilled field
   * follows later configuration changes until the shopper edits it.
   */
  prefill(prefill: Partial<FormValues>): void {
    const changes: Partial<FormValues> = {};
    for (const [field, value] of Object.entries(prefill) as Array<[FormField, string]>) if (!this.edited.has(field)) changes[field] = value;
    if (changes.country !== undefined && changes.country !== this.values.country) changes.state = '';
    this.change(changes, changes.country !== undefined && changes.country !== this.values.country ? COUNTRY_DEPENDENT : [], false);
    if (this.values.discountCode) this.openDiscount();
  }

  /**
   * What this tab saved for the checkout: the shopper's own entries again, and their chip. An entry
   * the shopper made on this page is newer than anything saved (a cart changed and changed back
   * brings back the first cart's record): it stays, and so does a chosen chip.
   */
  restore(record: Partial<FormValues>, chip = ''): void {
    const saved = Object.fromEntries(Object.entries(record).filter(([field]) => !this.edited.has(field as FormField))) as Partial<FormValues>;
    const country = saved.country ?? this.values.country;
    const changes: Partial<FormValues> = { ...saved };
    if (country !== this.values.country && !saved.state) changes.state = '';
    for (const field of Object.keys(saved) as FormField[]) this.edited.add(field);
    this.change(changes, country !== this.values.country ? COUNTRY_DEPENDENT : [], false);
    if (chip && !this.chip) this.chip = chip;
    if (this.values.discountCode) this.openDiscount();
  }

  /** Replaces the problems with what a check found; a problem with the discount code opens its field. */
  report(found: readonly FoundProblem[]): void {
    this.setProblems(new Map(found.map(({ field, problem }) => [field, problem])));
  }

  /** Adds one problem to those shown. */
  flag(field: FormField, problem: FieldProblem): void {
    this.setProblems(new Map([...this.problems, [field, problem]]));
  }

  /**
   * A subdivision list arrived: what the shopper typed meanwhile (or what was restored or
   * autofilled) becomes its code; text the list does not know stays, marked invalid.
   */
  matchState(list: readonly Subdivision[]): void {
    const typed = this.values.state;
    if (!typed || list.length === 0 || list.some((subdivision) => subdivision.code === typed)) return;
    const match = findSubdivision(list, typed);
    if (match) this.correct({ state: match.code });
    else this.flag('state', { code: 'unknownSubdivision' });
  }

  /** The first field with a problem, in form order. */
  get firstProblem(): FormField | undefined {
    return this.problems.keys().next().value;
  }

  /** What the shopper entered themselves (prefills come from the configuration again); consent is given on the page shown, never kept. */
  entered(): Partial<FormValues> {
    return Object.fromEntries([...this.edited].filter((field) => field !== 'terms').map((field) => [field, this.values[field]]));
  }

  /** Back to an empty form; the host prefills it again. */
  reset(): void {
    this.edited.clear();
    this.values = EMPTY_FORM_VALUES;
    this.problems = new Map();
    this.chip = '';
    this.discountOpen = false;
    this.edits += 1;
    this.host.requestUpdate();
  }

  /** Kept in the order the form shows the fields, so focus and the announcement start at the first. */
  private setProblems(problems: Map<FormField, FieldProblem>): void {
    const address = this.address();
    // The address fields shown sit at the street's place in FORM_FIELDS, in the country's order.
    const street = FORM_FIELDS.indexOf('street');
    const rank = (field: FormField) => (address.includes(field) ? street + address.indexOf(field) / 9 : FORM_FIELDS.indexOf(field));
    this.problems = new Map([...problems].sort(([a], [b]) => rank(a) - rank(b)));
    if (this.problems.has('discountCode')) this.discountOpen = true;
    this.host.requestUpdate();
  }

  /** Applies `changes`, settling the problems of `settled`; a change by the shopper (or made to their entry) counts as a revision to save, any but a correction as an edit. */
  private change(changes: Partial<FormValues>, settled: readonly FormField[], entered = true, corrected = false): void {
    const fields = Object.keys(changes) as FormField[];
    if (fields.some((field) => changes[field] !== this.values[field])) {
      this.values = { ...this.values, ...changes };
      if (entered) this.revision += 1;
      if (!corrected) this.edits += 1;
    }
    if (settled.some((field) => this.problems.has(field))) {
      const problems = new Map(this.problems);
      for (const field of settled) problems.delete(field);
      this.problems = problems;
    }
    this.host.requestUpdate();
  }
}
