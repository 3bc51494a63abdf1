import { FeelFunction } from 'feelin';
import { RE2JS } from 're2js';
import safeRegex from 'safe-regex2';

/**
 * Regular expressions that deployed forms bring (`validate.pattern`, FEEL `matches()`) are
 * matched on the server with RE2 (re2js, a pure-JS port of RE2): its time is linear in the
 * input, so no pattern can make the server backtrack for seconds, as `(a+)+$` does in a
 * JavaScript RegExp. RE2 has no lookaround and no backreferences; such patterns are refused.
 */

/** What ajv and `matches()` need of a compiled pattern. */
export interface SafeRegExp {
  test(input: string): boolean;
  toString(): string;
}

/**
 * Compiles a JavaScript-syntax pattern (as form-js writes it) with RE2. `flags` takes the
 * JavaScript letters `i`, `s`, `m` (`u` is implied; others are ignored).
 *
 * @throws Error with RE2's reason when RE2 cannot compile the pattern.
 */
export function compileSafeRegExp(pattern: string, flags = ''): SafeRegExp {
  let re2Flags = 0;
  if (flags.includes('i')) re2Flags |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('s')) re2Flags |= RE2JS.DOTALL;
  if (flags.includes('m')) re2Flags |= RE2JS.MULTILINE;
  const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern), re2Flags);
  return { test: (input) => compiled.test(input), toString: () => `/${pattern}/${flags}` };
}

/**
 * The regular expression engine for ajv (`new Ajv({ code: { regExp: ajvRegExp } })`): the
 * `pattern` keyword then matches with RE2.
 */
export const ajvRegExp = Object.assign(
  (pattern: string, flags: string): SafeRegExp => compileSafeRegExp(pattern, flags),
  { code: 'compileSafeRegExp' },
);

/**
 * Why a pattern from a form is refused, or undefined when it is fine: it is not a valid
 * JavaScript pattern (form-js compiles it in the browser), RE2 cannot run it (lookaround,
 * backreferences, repeat counts over 1000), or it nests repetition (`(a+)+`), which makes
 * the browser's own RegExp take exponential time on a crafted input.
 */
export function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
  } catch {
    return 'is not a valid regular expression';
  }
  try {
    compileSafeRegExp(pattern);
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : '';
    return `uses a construct the safe regular expression engine (RE2) does not support (${reason}): lookahead, lookbehind and backreferences are not available`;
  }
  if (!safeRegex(pattern)) {
    return 'repeats a group that itself repeats (like (a+)+), which can take exponential time to match: rewrite it without nested repetition';
  }
  return undefined;
}

/**
 * FEEL `matches(input, pattern, flags?)` on RE2, to put into a FEEL evaluation context so that
 * it replaces feelin's built-in (which uses a backtracking RegExp). Like the built-in it answers
 * null for non-string arguments and for a pattern it cannot compile.
 */
export const feelMatches = new FeelFunction(
  (input: unknown, pattern: unknown, flags: unknown): boolean | null => {
    if (typeof input !== 'string' || typeof pattern !== 'string') return null;
    if (flags !== undefined && flags !== null && typeof flags !== 'string') return null;
    if (typeof flags === 'string' && /[^ism]/.test(flags)) return null;
    try {
      return compileSafeRegExp(pattern, flags ?? '').test(input);
    } catch {
      return null;
    }
  },
  ['input', 'pattern', 'flags'],
);
