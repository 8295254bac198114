// A column's name (renamed in place), its task count and its menu: rename, add a task.
import type { TabColumn } from '@teamflame/contract';
import {
  Button,
  CounterBadge,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { Add16Regular, Edit16Regular, MoreHorizontal20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isPending, useRenameColumn } from '../api/mutations.js';
import { useInlineEdit } from '../ui/inline-edit.js';
import { useColumnHeaderStyles } from './ColumnHeader.styles.js';

export function ColumnHeader({
  boardId,
  column,
  shown,
  onAddTask,
}: {
  boardId: string;
  column: TabColumn;
  shown: number;
  onAddTask: () => void;
}) {
  const styles = useColumnHeaderStyles();
  const { t } = useTranslation();
  const rename = useRenameColumn(boardId);
  const menuButton = useRef<HTMLButtonElement>(null);
  const edit = useInlineEdit(column.name, (name) => rename.mutate({ columnId: column.id, name }), menuButton);

  return (
    <header className={styles.header}>
      {!edit.editing ? (
        <h2 className={styles.name} data-testid="column-name" title={column.name}>
          {column.name}
        </h2>
      ) : (
        <Input
          {...edit.inputProps}
          size="small"
          className={styles.nameInput}
          aria-label={t('column.name')}
          maxLength={200}
          data-testid="column-rename"
        />
      )}
      <span className={styles.actions}>
        <CounterBadge
          count={shown}
          showZero
          overflowCount={999}
          appearance="ghost"
          color="informative"
          aria-label={t('board.tasks', { count: shown })}
          data-testid="column-count"
        />
        <Menu positioning="below-end">
          <MenuTrigger disableButtonEnhancement>
            <Button
              ref={menuButton}
              size="small"
              appearance="subtle"
              icon={<MoreHorizontal20Regular />}
              aria-label={t('column.actions', { name: column.name })}
              disabled={isPending(column.id)}
              data-testid="column-menu"
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<Add16Regular />} onClick={onAddTask} data-testid="column-add-task">
                {t('column.addTask')}
              </MenuItem>
              <MenuItem icon={<Edit16Regular />} onClick={edit.start} data-testid="column-rename-start">
                {t('column.rename')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </span>
    </header>
  );
}
