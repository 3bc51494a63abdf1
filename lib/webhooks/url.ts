/**
 * What is wrong with a subscription URL, or undefined when it is fine: an absolute http(s)
 * URL without user or password (the secret signs the body; credentials in a URL end up in logs).
 */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'must be an absolute http:// or https:// URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  return undefined;
}

/** The URL as logs and lists show it: without query string (it may carry a token). */
export function displayUrl(value: string): string {
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
  } catch {
    return '(invalid URL)';
  }
}
