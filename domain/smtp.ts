import nodemailer from 'nodemailer';
import type { Logger } from '../lib/logger.ts';
import { loadMailConfig, type MailConfig } from '../lib/mail-config.ts';

/** One e-mail to one address (never several: recipients do not see each other). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * `<…@…>`, the same on every attempt to send this notification to this address, so that a
   * mail sent again after a crash (the send went out, recording it did not) is recognisably
   * the same mail to the receiving side.
   */
  messageId?: string;
}

/** Where the notifier hands e-mails; SMTP in production, a capture server in tests. */
export interface MailTransport {
  /** Resolves once the server accepted the message; throws a MailSendError otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * Sending failed. `permanent` when the server refused the recipient for good (5xx on the
 * envelope): retrying cannot help, so the notifier records it instead of retrying.
 */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

interface SmtpErrorShape {
  code?: unknown;
  responseCode?: unknown;
  message?: unknown;
}

function toMailSendError(err: unknown, to: string): MailSendError {
  const e: SmtpErrorShape = typeof err === 'object' && err !== null ? err : {};
  const code = typeof e.code === 'string' ? e.code : 'ESEND';
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const permanent = code === 'EENVELOPE' && responseCode !== undefined && responseCode >= 500;
  const detail = typeof e.message === 'string' ? e.message : String(err);
  return new MailSendError(
    `Sending mail to ${to} failed (${code}${responseCode ? ` ${responseCode}` : ''}): ${detail}`,
    permanent,
    { cause: err },
  );
}

/** An SMTP transport (nodemailer) for the given settings; plain text mails from `config.from`. */
export function createSmtpTransport(config: MailConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    // With credentials: no sign-in without TLS (lib/mail-config.ts).
    requireTLS: config.requireTLS,
    auth: config.auth,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Mails are built from templates only: never read files or URLs into them.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(message) {
      try {
        await transporter.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: message.messageId,
        });
      } catch (err) {
        throw toMailSendError(err, message.to);
      }
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * The SMTP transport configured by the environment (lib/mail-config.ts), or undefined when
 * SMTP_HOST is not set; says once in the log which it is. Throws a ConfigError on bad settings.
 */
export function createMailTransportFromEnv(
  log: Logger,
  env?: Record<string, string | undefined>,
): MailTransport | undefined {
  const config = loadMailConfig(env);
  if (!config) {
    log.info('e-mail is disabled (SMTP_HOST is not set): notifications are in-app only');
    return undefined;
  }
  log.info(
    `e-mail through ${config.secure ? 'smtps' : 'smtp'}://${config.host}:${config.port} from ${config.from}`,
  );
  return createSmtpTransport(config);
}
