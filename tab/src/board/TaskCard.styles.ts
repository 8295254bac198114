import { makeStyles, tokens } from '@fluentui/react-components';

export const useTaskCardStyles = makeStyles({
  card: { cursor: 'grab', touchAction: 'none', flexShrink: 0 },
  dragging: { opacity: 0.4 },
  overlay: { cursor: 'grabbing', boxShadow: tokens.shadow16 },
  pending: { opacity: 0.6, cursor: 'default' },
  title: { wordBreak: 'break-word' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
