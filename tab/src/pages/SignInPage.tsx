// Sign-in with TeamFlame credentials: in a browser (a session for this browser tab), or inside Teams when
// SSO does not know the person yet: the Teams SSO token goes along and the server links that Teams identity,
// so SSO alone signs them in from then on. In the message extension's sign-in pop-up a ticket from the bot
// names the Teams user to link instead.
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.js';
import { useSignIn } from '../api/mutations.js';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '360px',
    margin: `${tokens.spacingVerticalXXXL} auto`,
    padding: tokens.spacingHorizontalL,
  },
});

export function SignInPage({
  onSignedIn,
  teamsToken,
  teamsTicket,
  title,
}: {
  onSignedIn: () => void;
  /** Inside Teams: the SSO token to link (undefined when Teams gives none: then a browser session). */
  teamsToken?: () => Promise<string | undefined>;
  /** In the message extension's sign-in pop-up: the ticket naming the Teams user to link. */
  teamsTicket?: string;
  /** Replaces the page title, e.g. under the consent panel. */
  title?: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const token = await teamsToken?.();
    signIn.mutate(
      { email, password, ...(token ? { teamsToken: token } : {}), ...(teamsTicket ? { teamsTicket } : {}) },
      { onSuccess: onSignedIn, onSettled: () => setPassword('') },
    );
  }
  const error = signIn.error && describeError(signIn.error, t);

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} data-testid="signin-form">
      <Title2>{title ?? t('signIn.title')}</Title2>
      {teamsToken && <Body1 data-testid="signin-teams">{t('signIn.inTeams')}</Body1>}
      {teamsTicket && <Body1 data-testid="signin-teams">{t('signIn.forTeams')}</Body1>}
      {error && (
        <MessageBar intent="error" data-testid="signin-error">
          {error.message} {error.hint}
        </MessageBar>
      )}
      <Field label={t('signIn.email')} required>
        <Input
          type="email"
          autoComplete="username"
          value={email}
          onChange={(_, d) => setEmail(d.value)}
          name="email"
        />
      </Field>
      <Field label={t('signIn.password')} required>
        <Input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(_, d) => setPassword(d.value)}
          name="password"
        />
      </Field>
      <Button appearance="primary" type="submit" disabled={signIn.isPending} data-testid="signin-submit">
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
