import { makeStyles, tokens } from '@fluentui/react-components';

// Rich text (descriptions, comments): a small gap between paragraphs, none above the first or below the last.
const richText = {
  wordBreak: 'break-word',
  '& p': { marginTop: 0, marginBottom: 0 },
  '& p + p, & p + ul, & p + ol, & ul + p, & ol + p': { marginTop: tokens.spacingVerticalS },
} as const;

export const useTaskDrawerStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  description: {
    ...richText,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  comment: {
    ...richText,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  start: { alignSelf: 'flex-start' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});
