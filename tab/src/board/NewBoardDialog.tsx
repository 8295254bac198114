// "New board": a name and the project it belongs to (projects listed with their space).
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateBoard } from '../api/mutations.js';
import { useProjectChoices } from '../api/queries.js';
import { CreateDialog } from './CreateDialog.js';

export function NewBoardDialog({ onCreated }: { onCreated: (boardId: string) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const projects = useProjectChoices(opened);
  const createBoard = useCreateBoard();
  return (
    <CreateDialog
      title={t('create.board')}
      testId="new-board"
      onOpen={() => setOpened(true)}
      trigger={<Button data-testid="new-board-button">{t('create.board')}</Button>}
      choices={{
        label: t('create.project'),
        options: (projects.data ?? []).map((p) => ({ id: p.id, text: `${p.spaceName} / ${p.name}` })),
      }}
      // A new board opens as soon as it exists: it waits for the server, as its id comes from there.
      onCreate={async (name, projectId) =>
        onCreated((await createBoard.mutateAsync({ name, projectId: projectId! })).id)
      }
    />
  );
}
