import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardToolbarStyles = makeStyles({
  // One line at any width: what does not fit goes into the "More" menu (Fluent's Overflow measures it).
  toolbar: {
    display: 'flex',
    flexWrap: 'nowrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    flexShrink: 0,
  },
  // The name gives way to the tools: at most 40% of the bar, and no place line in a narrow window.
  title: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '48px',
    maxWidth: '40%',
    flex: '0 1 auto',
    overflow: 'hidden',
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  path: {
    '@media (max-width: 600px)': { display: 'none' },
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  tools: {
    display: 'flex',
    flexWrap: 'nowrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flex: '1 1 0',
    minWidth: 0,
    overflow: 'hidden',
  },
  item: { display: 'flex', alignItems: 'center', flexShrink: 0 },
  search: { width: '220px', minWidth: '120px', flexShrink: 1 },
  assignee: { minWidth: '160px' },
});
