import { describe, expect, it } from 'vitest';
import { createTeamsSso } from './teams-sso.js';

describe('Teams SSO without settings', () => {
  it('names nobody and tells the consent pop-up it is off', async () => {
    const sso = createTeamsSso({}, 'https://tab.example');
    expect(await sso.identify('any.token.at-all')).toBeUndefined();
    expect(sso.settings()).toEqual({ enabled: false });
  });

  it('asks consent for the resource the manifest names, at the tenant unless told otherwise', () => {
    const sso = createTeamsSso({ clientId: 'c1', tenantId: 't1' }, 'https://tab.example:8443');
    expect(sso.settings()).toEqual({
      enabled: true,
      clientId: 'c1',
      authorizeUrl: 'https://login.microsoftonline.com/t1/oauth2/v2.0/authorize',
      scope: 'openid profile api://tab.example:8443/c1/access_as_user',
    });
  });
});
