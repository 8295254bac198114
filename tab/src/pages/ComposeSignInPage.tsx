// The message extension's sign-in pop-up: Teams opens it when someone the bot does not know searches for a
// task or creates one from a message. The ticket in the address names their Teams identity, which the
// sign-in links; Teams is then told, closes the pop-up and repeats what they asked for. Opened outside Teams
// (or if Teams does not answer), the page says to go back to Teams instead.
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInPage } from './SignInPage.js';

const useStyles = makeStyles({
  done: {
    maxWidth: '360px',
    margin: `${tokens.spacingVerticalXXXL} auto`,
    padding: tokens.spacingHorizontalL,
  },
});

export function ComposeSignInPage({ ticket }: { ticket: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [signedIn, setSignedIn] = useState(false);

  async function tellTeams() {
    setSignedIn(true);
    // Should Teams not hear of it, the page already says to go back to Teams and try again.
    await import('../teams/teams-sdk.js')
      .then(({ reportSignInToTeams }) => reportSignInToTeams())
      .catch(() => undefined);
  }

  if (!signedIn) return <SignInPage teamsTicket={ticket} onSignedIn={() => void tellTeams()} />;
  return (
    <div className={styles.done}>
      <MessageBar intent="success" data-testid="signin-done">
        <MessageBarBody>{t('signIn.doneForTeams')}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
