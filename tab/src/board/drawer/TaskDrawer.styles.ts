import { makeStyles, tokens } from '@fluentui/react-components';

// Rich text (descriptions, comments): a small gap between paragraphs, none above the first or below the last.
const richText = {
  wordBreak: 'break-word',
  '& p': { marginTop: 0, marginBottom: 0 },
  '& p + p, & p + ul, & p + ol, & ul + p, & ol + p': { marginTop: tokens.spacingVerticalS },
} as const;

export const useTaskDrawerStyles = makeStyles({
  // A narrow window (a phone, Teams' side panel) gives the drawer the whole width.
  drawer: { '@media (max-width: 640px)': { width: '100vw' } },
  headerActions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXL,
  },
  titleRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    wordBreak: 'break-word',
    cursor: 'text',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
  },
  titleInput: { width: '100%' },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingVerticalM,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHeader: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  description: {
    ...richText,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  descriptionInput: { minHeight: '120px' },
  // Typed text waiting for the server: shown exactly as typed, line breaks included.
  typed: {
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  comments: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  comment: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  commentBody: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexGrow: 1,
  },
  commentHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  commentText: richText,
  muted: { color: tokens.colorNeutralForeground3 },
  saveState: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '24px',
  },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});
