// Quick add's optional chips, as Planner offers them under a new task's title: who does it (the board's
// members, several at once) and by when. Loaded when quick add first opens: the date picker is not part of
// the first screen.
import type { Person } from '@teamflame/contract';
import {
  Button,
  Menu,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { PersonAdd16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import DueDatePicker from './DueDatePicker.js';

export default function QuickAddOptions({
  members,
  assigneeIds,
  onAssigneesChange,
  dueDate,
  onDueDateChange,
}: {
  members: Person[];
  assigneeIds: string[];
  onAssigneesChange: (ids: string[]) => void;
  dueDate: string | null;
  onDueDateChange: (date: string | null) => void;
}) {
  const { t } = useTranslation();
  const chosen = members.filter((m) => assigneeIds.includes(m.id));
  return (
    <>
      <Menu
        checkedValues={{ assignees: assigneeIds }}
        onCheckedValueChange={(_, d) => onAssigneesChange(d.checkedItems)}
      >
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance={chosen.length ? 'outline' : 'subtle'}
            icon={<PersonAdd16Regular />}
            data-testid="quick-add-assign"
          >
            {chosen.length ? chosen.map((m) => m.name).join(', ') : t('column.assign')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {members.map((m) => (
              <MenuItemCheckbox key={m.id} name="assignees" value={m.id}>
                {m.name}
              </MenuItemCheckbox>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <DueDatePicker
        value={dueDate}
        onChange={onDueDateChange}
        testId="quick-add-due"
        label={t('column.due')}
      />
    </>
  );
}
