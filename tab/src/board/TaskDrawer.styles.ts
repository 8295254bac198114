import { makeStyles, tokens } from '@fluentui/react-components';

export const useTaskDrawerStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  description: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    wordBreak: 'break-word',
  },
  comment: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    wordBreak: 'break-word',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});
