/**
 * One readable sentence for the first zod issue of a rejected body, naming the field path
 * (`product_cart[0].quantity: …`). `zod/mini` ships no messages, and ours never echo the value
 * the client sent, so a message can be shown or logged without leaking input.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(body)';
}

function clip(text: string, max = 64): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${issue.minimum} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${issue.maximum} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return 'is not one of the accepted values';
    case 'invalid_format':
      // Our patterns carry their own wording ("must be a valid email address").
      return issue.format === 'regex' ? (issue.message ?? 'must be a valid value') : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.slice(0, 5).map((key) => `"${clip(key)}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any accepted shape';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      return issue.message ?? 'is invalid';
    default:
      return 'is invalid';
  }
}

/** `path: what is wrong`, for the first issue (plus a count of the others). */
export function describeValidationIssues(issues: readonly Issue[]): string {
  const [first] = issues;
  if (!first) return 'The request body is invalid.';
  // A customer union failure is clearer when it reports the branch that got furthest.
  let issue = first;
  let prefix: PropertyKey[] = [];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const best = branches.find((branch) => !branch.some((inner) => inner.code === 'unrecognized_keys')) ?? branches[0];
    if (best?.[0]) {
      prefix = [...issue.path];
      issue = best[0];
    }
  }
  const path = formatIssuePath([...prefix, ...issue.path]);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${clip(path, 128)}: ${describeIssue(issue)}${more}`;
}
