import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  page: {
    maxWidth: '640px',
    margin: '32px auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export function StaticPage({ page }: { page: 'privacy' | 'terms' }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <article className={styles.page}>
      <Title2>{t(`${page}.title`)}</Title2>
      <Body1>{t(`${page}.body`)}</Body1>
    </article>
  );
}
