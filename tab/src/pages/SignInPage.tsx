import { Button, Field, Input, MessageBar, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../api/client.js';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '360px',
    margin: '48px auto',
  },
});

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const signedIn = await api.signIn({ email, password });
      session.set(signedIn.sessionToken);
      onSignedIn();
    } catch {
      setError(t('signIn.failed'));
    } finally {
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} data-testid="signin-form">
      <Title2>{t('signIn.title')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <Field label={t('signIn.email')} required>
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} name="email" />
      </Field>
      <Field label={t('signIn.password')} required>
        <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} name="password" />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
