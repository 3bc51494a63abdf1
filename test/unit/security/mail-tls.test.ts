import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ConfigError } from '../../../lib/env-config.ts';
import { loadMailConfig } from '../../../lib/mail-config.ts';
import { createSmtpTransport } from '../../../domain/smtp.ts';

describe('mail configuration: credentials only over TLS', () => {
  const base = { SMTP_HOST: 'smtp.example.com', MAIL_FROM: 'ITSM <itsm@example.com>' };
  const credentials = { SMTP_USER: 'itsm', SMTP_PASSWORD: 'secret' };

  it('when credentials are set without SMTP_SECURE, requires STARTTLS', () => {
    expect(loadMailConfig({ ...base, ...credentials })?.requireTLS).to.equal(true);
    expect(loadMailConfig({ ...base, ...credentials, SMTP_PORT: '25' })?.requireTLS).to.equal(true);
  });

  it('when SMTP_SECURE or no credentials, leaves STARTTLS opportunistic unless asked', () => {
    expect(loadMailConfig({ ...base, ...credentials, SMTP_SECURE: 'true' })).not.to.have.property(
      'requireTLS',
    );
    expect(loadMailConfig(base)).not.to.have.property('requireTLS');
    expect(loadMailConfig({ ...base, SMTP_REQUIRE_TLS: 'true' })?.requireTLS).to.equal(true);
  });

  it('when credentials would be allowed in clear (SMTP_REQUIRE_TLS=false), refuses the configuration', () => {
    let error: unknown;
    try {
      loadMailConfig({ ...base, ...credentials, SMTP_REQUIRE_TLS: 'false' });
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect((error as Error).message)
      .to.include('SMTP_REQUIRE_TLS')
      .and.to.include('in clear');
  });

  it('when a server offers no STARTTLS, the configured transport never sends the password', async () => {
    // given: a server that accepts sign-in over plain text and does not offer STARTTLS
    const signIns: string[] = [];
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, callback) {
        signIns.push(`${auth.username}:${auth.password}`);
        callback(null, { user: auth.username });
      },
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => callback());
      },
      logger: false,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.server.address() as AddressInfo).port;
    const config = loadMailConfig({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      MAIL_FROM: 'itsm@example.com',
      ...credentials,
    });
    const transport = createSmtpTransport(config!);
    try {
      // when
      let error: unknown;
      await transport.send({ to: 'a@example.com', subject: 's', text: 't' }).catch((err) => {
        error = err;
      });
      // then
      expect(error, 'the send fails').to.be.instanceOf(Error);
      expect(signIns, 'no sign-in reached the server').to.deep.equal([]);
    } finally {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
