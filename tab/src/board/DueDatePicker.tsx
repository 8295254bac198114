// The one due-date field of the tab (drawer and quick add): Fluent's date picker in the tab's language
// (ru: "20 дек.", weeks from Monday) with a button that clears the date.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dateOf, formatDay, isoDateOf } from '../format.js';
import { calendarFormatting, calendarStrings, firstDayOfWeek } from './calendar-strings.js';

const useStyles = makeStyles({
  due: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  picker: { flexGrow: 1, minWidth: 0 },
});

export default function DueDatePicker({
  value,
  onChange,
  testId,
  label,
}: {
  /** YYYY-MM-DD or null. */
  value: string | null;
  onChange: (date: string | null) => void;
  testId: string;
  /** The field's name for screen readers when no Field labels it. */
  label?: string;
}) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const strings = useMemo(() => calendarStrings(i18n.language, t), [i18n.language, t]);
  const formatting = useMemo(() => calendarFormatting(i18n.language), [i18n.language]);
  return (
    <div className={styles.due}>
      <DatePicker
        className={styles.picker}
        value={value ? dateOf(value) : null}
        onSelectDate={(date) => date && onChange(isoDateOf(date))}
        formatDate={(date) => (date ? formatDay(date, i18n.language) : '')}
        strings={strings}
        dateTimeFormatter={formatting}
        popupSurface={{ 'aria-label': t('calendar.label') }}
        firstDayOfWeek={firstDayOfWeek(i18n.language)}
        placeholder={t('drawer.noDue')}
        aria-label={label}
        data-testid={testId}
      />
      {value && (
        <Button
          appearance="subtle"
          icon={<Dismiss16Regular />}
          aria-label={t('drawer.clearDue')}
          onClick={() => onChange(null)}
          data-testid={`${testId}-clear`}
        />
      )}
    </div>
  );
}
