/**
 * Bindings whose server-rendered HTML differs from what the browser does with them. Lit's server
 * renderer writes a property binding as its attribute (`.checked=${false}` would render a ticked
 * `checked="false"`), so these are attribute bindings that render the attribute on the server
 * (`render`) and set the live state in the browser (`update`), hydration included.
 */
import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

class CheckedDirective extends Directive {
  /** On the server: `?checked=${checked(true)}` writes `checked`, the box's state before any script runs. */
  render(value: boolean): boolean {
    return value;
  }

  /** In the browser: the box's state, not its default (the attribute no longer counts once it is clicked). */
  override update(part: AttributePart, [value]: [boolean]): typeof noChange {
    const input = part.element as HTMLInputElement;
    if (input.checked !== value) input.checked = value;
    return noChange;
  }
}

/** A checkbox's or radio's state, for `?checked=${checked(state)}`. */
export const checked = directive(CheckedDirective);

class UntilScriptDirective extends Directive {
  /** On the server: present, so the markup cannot act before the element runs. */
  render(): boolean {
    return true;
  }

  /** In the browser (hydration included): gone. */
  override update(part: AttributePart): typeof noChange {
    part.element.removeAttribute(part.name);
    return noChange;
  }
}

/**
 * A boolean attribute that holds only until the element's script runs: `?disabled=${untilScript()}`
 * keeps the server-rendered Pay button from submitting the bare form (a GET carrying the
 * shopper's details in the URL) before the element can send it.
 */
export const untilScript = directive(UntilScriptDirective);
