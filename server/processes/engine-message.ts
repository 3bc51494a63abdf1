/**
 * What a client is told of an engine refusal: the engine's own text is long (gRPC status,
 * command and rejection codes, a header line, Java class names, at times a stack trace), so
 * only the lines a process owner can act on ("Element: Task_1 … ERROR: …") are kept, at most
 * {@link MAX_ENGINE_MESSAGE} characters. The caller logs the full text.
 */

/** The longest engine message a client gets, in characters. */
export const MAX_ENGINE_MESSAGE = 300;

const NOISE: RegExp[] = [
  // gRPC status prefix, e.g. "3 INVALID_ARGUMENT: "
  /\b\d{1,2} [A-Z_]{3,}: /g,
  // "Command 'CREATE' rejected with code 'INVALID_ARGUMENT': "
  /Command '[A-Z_]+' rejected with code '[A-Z_]+':\s*/g,
  // the deployment header that precedes the findings
  /Expected to deploy new resources, but encountered the following errors:\s*/g,
  // Java exception class names, e.g. "io.camunda.zeebe.SomeException: "
  /\b(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b:?\s*/g,
];

/** A Java stack frame or a "... 12 more" line. */
const STACK_LINE = /^\s*(?:at\s+[\w$.<>/]+\(.*\)|\.\.\. \d+ more|Caused by:.*)\s*$/;

/**
 * The engine's message shortened for a client; `prefix` (e.g. our "deploy: ") is dropped
 * when the message starts with it.
 */
export function shortEngineMessage(message: string, prefix?: string): string {
  let text = prefix && message.startsWith(prefix) ? message.slice(prefix.length) : message;
  for (const pattern of NOISE) text = text.replace(pattern, '');
  const lines = text
    .split(/\r?\n/)
    .filter((line) => !STACK_LINE.test(line))
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '' && line !== '-');
  const short = lines.join(' ').replace(/\s+-\s+(?=ERROR|WARNING|Element)/g, ' - ');
  if (short === '') return 'The engine refused the request without a reason';
  return short.length > MAX_ENGINE_MESSAGE
    ? `${short.slice(0, MAX_ENGINE_MESSAGE - 1).trimEnd()}…`
    : short;
}
