// Teams SSO for the tab: who a Teams SSO token names (validated against the Entra ID JWKS: issuer,
// audience, expiry), and what the tab's consent pop-up needs to ask Entra ID for consent.
import type { SsoSettings } from '@teamflame/contract';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.js';

/** A Teams user as the token proves them: AAD object id within the tenant. */
interface TeamsIdentity {
  tenantId: string;
  aadObjectId: string;
}

export interface TeamsSso {
  /** The identity a valid SSO token names; undefined for anything else (or SSO not configured). */
  identify(token: string): Promise<TeamsIdentity | undefined>;
  settings(): SsoSettings;
}

export function createTeamsSso(sso: Config['tabSso'], publicUrl: string): TeamsSso {
  const { clientId, tenantId } = sso;
  const jwks: JWTVerifyGetKey | undefined =
    clientId && tenantId
      ? createRemoteJWKSet(
          new URL(sso.jwksUrl ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`),
        )
      : undefined;
  // The tab's SSO resource, as webApplicationInfo.resource names it in the manifest.
  const resource = clientId && `api://${new URL(publicUrl).host}/${clientId}`;

  return {
    async identify(token) {
      if (!jwks || !clientId || !tenantId || !resource) return undefined;
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: [
            `https://login.microsoftonline.com/${tenantId}/v2.0`,
            `https://sts.windows.net/${tenantId}/`,
          ],
          audience: [clientId, resource],
        });
        const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
        const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
        return oid && tid ? { tenantId: tid, aadObjectId: oid } : undefined;
      } catch (error) {
        // Not a valid SSO token (bad signature, expired, wrong audience or issuer, keys unreachable): no
        // identity. Anything else is a real failure and goes on up.
        if (error instanceof errors.JOSEError) return undefined;
        throw error;
      }
    },

    settings() {
      if (!clientId || !tenantId || !resource) return { enabled: false };
      return {
        enabled: true,
        clientId,
        authorizeUrl:
          sso.authorizeUrl ?? `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize`,
        // The scope Teams asks a token for (the manifest's resource), so consenting here lets SSO work.
        scope: `openid profile ${resource}/access_as_user`,
      };
    },
  };
}
