import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardStyles = makeStyles({
  // Fills what the page leaves below the toolbar; columns scroll on their own, the board sideways.
  board: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    overflowX: 'auto',
    overflowY: 'hidden',
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: 0,
    flexGrow: 1,
  },
  noMatches: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    flexGrow: 1,
    padding: tokens.spacingVerticalXXL,
  },
  noMatchesIcon: { fontSize: '48px', width: '48px', height: '48px', color: tokens.colorNeutralForeground3 },
});
