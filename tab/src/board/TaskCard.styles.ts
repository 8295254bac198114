import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useTaskCardStyles = makeStyles({
  card: {
    // A column of 100 cards shows a handful: the others are not laid out or painted until scrolled to.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 88px',
    display: 'flex',
    flexDirection: 'column',
    cursor: 'grab',
    touchAction: 'none',
    flexShrink: 0,
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    // High contrast themes have no shadows: a border keeps the card's edge.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    outline: 'none',
    // Hover lifts the card and marks its edge; its background stays (high contrast keeps text readable).
    ':hover': {
      boxShadow: tokens.shadow8,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  dragging: { opacity: 0.4 },
  overlay: { cursor: 'grabbing', boxShadow: tokens.shadow16 },
  pending: { opacity: 0.6, cursor: 'default' },
  // Fluent's body 1 strong, as a plain span: a thousand Text components cost more than they give.
  title: { ...typographyStyles.body1Strong, wordBreak: 'break-word' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    minHeight: '24px',
    color: tokens.colorNeutralForeground2,
  },
  fact: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  overdue: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  soon: {
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorPaletteMarigoldForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder1}`,
  },
  avatars: { marginLeft: 'auto' },
});
