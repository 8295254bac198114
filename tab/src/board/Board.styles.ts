import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardStyles = makeStyles({
  board: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    overflowX: 'auto',
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalM,
    minHeight: 0,
    flexGrow: 1,
  },
  hint: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
});
