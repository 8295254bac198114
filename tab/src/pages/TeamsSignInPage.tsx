// Signing in inside Teams when SSO alone did not: Teams gave a token the server does not know (the person
// never signed in: the TeamFlame form, which links the Teams identity), or Teams gave no token (consent is
// missing: the consent pop-up, Microsoft's auth-start / auth-end route, with the form as the way out).
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../api/query-keys.js';
import type { Host } from '../teams/host.js';
import { SignInPage } from './SignInPage.js';

const useStyles = makeStyles({
  consent: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    maxWidth: '360px',
    margin: `${tokens.spacingVerticalXXXL} auto 0`,
    padding: `0 ${tokens.spacingHorizontalL}`,
  },
});

/** What auth-end reports when the server has no Teams SSO set up (auth-start.ts). */
const SSO_OFF = 'sso-not-configured';

/** Signed in, the `me` query answers with SSO and the app moves on by itself: nothing to do here then. */
const onSignedIn = () => undefined;

export function TeamsSignInPage({ host }: { host: Host }) {
  const { t } = useTranslation();
  const refusal = host.ssoRefusal();
  if (refusal === undefined) return <SignInPage onSignedIn={onSignedIn} teamsToken={() => host.ssoToken()} />;
  return <ConsentPage host={host} onSignedIn={onSignedIn} title={t('consent.orPassword')} />;
}

function ConsentPage({ host, onSignedIn, title }: { host: Host; onSignedIn: () => void; title: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [failure, setFailure] = useState<string>();
  const [asking, setAsking] = useState(false);

  async function allow() {
    setAsking(true);
    setFailure(undefined);
    try {
      await host.askConsent(new URL('auth-start.html', window.location.href).href);
      // Consent given: Teams now gives a token; asking who we are again uses it.
      await queries.invalidateQueries({ queryKey: keys.me });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setAsking(false);
    }
  }

  return (
    <>
      <section className={styles.consent} data-testid="consent">
        <Title2>{t('consent.title')}</Title2>
        <Body1>{t('consent.body')}</Body1>
        {failure && (
          <MessageBar intent={failure === SSO_OFF ? 'warning' : 'error'} data-testid="consent-error">
            <MessageBarBody>
              {failure === SSO_OFF
                ? t('consent.ssoOff')
                : `${t('consent.failed', { reason: failure })} ${t('consent.failedHint')}`}
            </MessageBarBody>
          </MessageBar>
        )}
        <Button
          appearance="primary"
          disabled={asking}
          onClick={() => void allow()}
          data-testid="consent-allow"
        >
          {asking ? t('consent.working') : t('consent.allow')}
        </Button>
      </section>
      <SignInPage onSignedIn={onSignedIn} title={title} />
    </>
  );
}
