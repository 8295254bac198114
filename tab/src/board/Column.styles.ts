import { makeStyles, tokens } from '@fluentui/react-components';

export const useColumnStyles = makeStyles({
  column: {
    flex: '0 0 280px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    maxHeight: 'calc(100vh - 140px)',
    overflowY: 'auto',
    minHeight: '120px',
  },
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalS },
});
