import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { MailConfig } from '../../lib/mail-config.ts';

/** One message the capture server accepted, decoded enough for assertions. */
export interface CapturedMail {
  /** Envelope sender and recipients (what the SMTP client said, not the headers). */
  from: string;
  to: string[];
  headers: Record<string, string>;
  subject: string;
  /** The plain-text body, decoded (quoted-printable or base64, UTF-8). */
  text: string;
  raw: string;
  /** The user that authenticated, when the client signed in. */
  user?: string;
}

/** A refusal the server answers a RCPT TO with, e.g. `{ code: 550, message: 'No such user' }`. */
export interface SmtpRefusal {
  code: number;
  message: string;
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps what it receives. */
export interface SmtpCapture {
  host: string;
  port: number;
  messages: CapturedMail[];
  /** Decides per recipient address whether to refuse it (undefined = accept). */
  refuseRecipient: (address: string) => SmtpRefusal | undefined;
  /** Settings for createSmtpTransport pointing at this server. */
  mailConfig(from?: string): MailConfig;
  /** Resolves once at least `count` messages arrived. */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  clear(): void;
  stop(): Promise<void>;
}

function decodeQuotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] as string, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_m, _charset: string, enc: string, body: string) =>
        enc.toUpperCase() === 'B'
          ? Buffer.from(body, 'base64').toString('utf8')
          : decodeQuotedPrintable(body.replace(/_/g, ' ')).toString('utf8'),
    );
}

function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body).toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n') };
}

const address = (a: SMTPServerAddress | false) => (a ? a.address : '');

/**
 * Starts the capture server. With `auth`, clients must sign in with that user and password
 * (over plain text: loopback only); STARTTLS is not offered.
 */
export async function startSmtpCapture(
  options: { auth?: { user: string; pass: string } } = {},
): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const waiters = new Set<() => void>();
  const capture: Partial<SmtpCapture> & { refuseRecipient: SmtpCapture['refuseRecipient'] } = {
    refuseRecipient: () => undefined,
  };
  const server = new SMTPServer({
    logger: false,
    disableReverseLookup: true,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass)
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(rcpt, _session, callback) {
      const refusal = capture.refuseRecipient(rcpt.address);
      if (!refusal) return callback();
      const err = new Error(refusal.message) as Error & { responseCode: number };
      err.responseCode = refusal.code;
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { headers, text } = parseMessage(raw);
        messages.push({
          from: address(session.envelope.mailFrom),
          to: session.envelope.rcptTo.map((r) => r.address),
          headers,
          subject: decodeWords(headers.subject ?? ''),
          text,
          raw,
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(capture, {
    host: '127.0.0.1',
    port,
    messages,
    mailConfig: (from = 'ITSM <itsm@example.test>'): MailConfig => ({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: options.auth,
      from,
    }),
    async waitForMessages(count: number, timeoutMs = 5_000) {
      if (messages.length >= count) return messages;
      return new Promise<CapturedMail[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Timed out waiting for ${count} mails (got ${messages.length})`));
        }, timeoutMs);
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        waiters.add(check);
      });
    },
    clear() {
      messages.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
