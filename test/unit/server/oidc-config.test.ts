import { expect } from 'chai';
import { loadOidcConfig } from '../../../server/auth/oidc-config.ts';
import { mappedRoles } from '../../../server/services/oidc.service.ts';

describe('OpenID Connect settings (OIDC_*)', () => {
  it('when OIDC_ISSUER is not set, the feature is off', () => {
    // given / when
    const settings = loadOidcConfig({ OIDC_CLIENT_ID: 'itsm' });
    // then
    expect(settings).to.equal(undefined);
  });

  it('when the issuer and client are set, defaults the redirect URI from HOST and PORT, the scopes, the groups claim and the label', () => {
    // given / when
    const settings = loadOidcConfig({
      OIDC_ISSUER: 'https://login.example.com/realms/corp',
      OIDC_CLIENT_ID: 'itsm',
      OIDC_CLIENT_SECRET: 's3cret-value',
      PORT: '3100',
    });
    // then
    expect(settings).to.deep.equal({
      issuer: 'https://login.example.com/realms/corp',
      clientId: 'itsm',
      clientSecret: 's3cret-value',
      redirectUri: 'http://127.0.0.1:3100/api/auth/oidc/callback',
      scopes: 'openid profile email groups',
      groupsClaim: 'groups',
      displayName: 'SSO',
    });
  });

  it('when OIDC_SCOPES leaves out openid, adds it', () => {
    // given / when
    const settings = loadOidcConfig({
      OIDC_ISSUER: 'https://login.example.com',
      OIDC_CLIENT_ID: 'itsm',
      OIDC_SCOPES: 'profile  roles',
      OIDC_REDIRECT_URI: 'https://itsm.example.com/api/auth/oidc/callback',
    });
    // then
    expect(settings?.scopes).to.equal('profile roles openid');
    expect(settings?.redirectUri).to.equal('https://itsm.example.com/api/auth/oidc/callback');
  });

  it('when the issuer has no client id, or is plain http away from this machine, refuses naming the key and never the secret', () => {
    // given / when / then
    expect(() =>
      loadOidcConfig({
        OIDC_ISSUER: 'https://login.example.com',
        OIDC_CLIENT_SECRET: 'top-secret',
      }),
    ).to.throw(/OIDC_CLIENT_ID is required/);
    let message = '';
    try {
      loadOidcConfig({
        OIDC_ISSUER: 'http://login.example.com',
        OIDC_CLIENT_ID: 'itsm',
        OIDC_CLIENT_SECRET: 'top-secret',
      });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).to.match(/OIDC_ISSUER must be https/);
    expect(message).not.to.include('top-secret');
    expect(
      loadOidcConfig({ OIDC_ISSUER: 'http://127.0.0.1:9999', OIDC_CLIENT_ID: 'itsm' })?.issuer,
    ).to.equal('http://127.0.0.1:9999');
  });

  it('when groups map to roles, a user gets the union of the roles of their mapped groups, once each', () => {
    // given
    const table = [
      { group: 'desk', roles: ['service-desk', 'requester'] },
      { group: 'managers', roles: ['incident-manager', 'requester'] },
      { group: 'finance', roles: ['finance'] },
    ];
    // when / then
    expect(mappedRoles(table, ['managers', 'desk', 'unknown'])).to.deep.equal([
      'incident-manager',
      'requester',
      'service-desk',
    ]);
    expect(mappedRoles(table, ['unknown'])).to.deep.equal([]);
  });
});
