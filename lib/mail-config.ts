import type { JSONSchemaType } from 'ajv';
import { ConfigError, loadEnvConfig } from './env-config.ts';

/** The outgoing mail (SMTP) settings from the environment; SMTP_HOST unset = e-mail disabled. */
export interface MailEnvConfig {
  SMTP_HOST?: string;
  /** Defaults to 465 when SMTP_SECURE, else 587. */
  SMTP_PORT?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE?: boolean;
  /**
   * Without SMTP_SECURE: refuse to send unless STARTTLS succeeds. Always on when SMTP_USER is
   * set (false is then refused: the password would cross the network in clear).
   */
  SMTP_REQUIRE_TLS?: boolean;
  SMTP_USER?: string;
  SMTP_PASSWORD?: string;
  /** Sender, e.g. `ITSM <itsm@example.com>`; required when SMTP_HOST is set. */
  MAIL_FROM?: string;
}

/** What the SMTP transport needs. */
export interface MailConfig {
  host: string;
  port: number;
  secure: boolean;
  /** STARTTLS must succeed before anything (the sign-in above all) is sent; set only when true. */
  requireTLS?: true;
  auth?: { user: string; pass: string };
  from: string;
}

export const mailConfigSchema: JSONSchemaType<MailEnvConfig> = {
  type: 'object',
  properties: {
    SMTP_HOST: { type: 'string', minLength: 1, nullable: true },
    SMTP_PORT: { type: 'integer', minimum: 1, maximum: 65535, nullable: true },
    SMTP_SECURE: { type: 'boolean', nullable: true },
    SMTP_REQUIRE_TLS: { type: 'boolean', nullable: true },
    SMTP_USER: { type: 'string', minLength: 1, nullable: true },
    SMTP_PASSWORD: { type: 'string', minLength: 1, nullable: true },
    MAIL_FROM: { type: 'string', minLength: 3, pattern: '@', nullable: true },
  },
  required: [],
  additionalProperties: false,
};

/**
 * Reads and validates the mail settings; undefined when SMTP_HOST is not set (e-mail off).
 * Throws a ConfigError naming each bad key (a port out of range, MAIL_FROM missing, a user
 * without a password, credentials that could be sent without TLS).
 */
export function loadMailConfig(env?: Record<string, string | undefined>): MailConfig | undefined {
  const c = loadEnvConfig('mail', mailConfigSchema, env);
  if (c.SMTP_HOST === undefined) return undefined;
  const from = c.MAIL_FROM;
  const problems: string[] = [];
  if (from === undefined) problems.push('MAIL_FROM is required when SMTP_HOST is set');
  if ((c.SMTP_USER === undefined) !== (c.SMTP_PASSWORD === undefined))
    problems.push('SMTP_USER and SMTP_PASSWORD must be set together');
  const secure = c.SMTP_SECURE ?? false;
  const withCredentials = c.SMTP_USER !== undefined || c.SMTP_PASSWORD !== undefined;
  if (withCredentials && !secure && c.SMTP_REQUIRE_TLS === false)
    problems.push(
      'SMTP_REQUIRE_TLS=false with SMTP_USER/SMTP_PASSWORD would send the password in clear; ' +
        'use SMTP_SECURE=true (port 465) or leave SMTP_REQUIRE_TLS unset (STARTTLS required)',
    );
  if (from === undefined || problems.length)
    throw new ConfigError(`Invalid mail configuration: ${problems.join('; ')}`);
  return {
    host: c.SMTP_HOST,
    port: c.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    ...(!secure && (withCredentials || c.SMTP_REQUIRE_TLS === true)
      ? { requireTLS: true as const }
      : {}),
    auth:
      c.SMTP_USER !== undefined && c.SMTP_PASSWORD !== undefined
        ? { user: c.SMTP_USER, pass: c.SMTP_PASSWORD }
        : undefined,
    from,
  };
}
