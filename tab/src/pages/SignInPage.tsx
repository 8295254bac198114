// Browser sign-in with TeamFlame credentials (outside Teams, or when Teams SSO does not know the user).
import { Button, Field, Input, MessageBar, Title2, makeStyles, tokens } from '@fluentui/react-components';
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

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: onSignedIn, onSettled: () => setPassword('') });
  }
  const error = signIn.error && describeError(signIn.error, t);

  return (
    <form className={styles.form} onSubmit={submit} data-testid="signin-form">
      <Title2>{t('signIn.title')}</Title2>
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
