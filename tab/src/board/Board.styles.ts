import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardStyles = makeStyles({
  board: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    overflowX: 'auto',
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalM,
  },
  column: {
    flex: '0 0 272px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minHeight: '120px',
  },
  columnOver: { outline: `2px dashed ${tokens.colorBrandStroke1}` },
  columnHeader: { display: 'flex', justifyContent: 'space-between', fontWeight: tokens.fontWeightSemibold },
  card: { cursor: 'grab', touchAction: 'none' },
  dragging: { opacity: 0.5 },
  meta: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
