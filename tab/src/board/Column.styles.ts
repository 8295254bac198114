import { makeStyles, tokens } from '@fluentui/react-components';

export const useColumnStyles = makeStyles({
  column: {
    flex: '0 0 280px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '100%',
    minHeight: 0,
    boxSizing: 'border-box',
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  tasks: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXS,
    overflowY: 'auto',
    minHeight: '40px',
  },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalS },
  addButton: { justifyContent: 'flex-start', flexShrink: 0 },
  quickAdd: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalXS,
    flexShrink: 0,
  },
  quickAddActions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});
