// "New board": a name and the project it belongs to (projects listed with their space).
import { useTranslation } from 'react-i18next';
import { useCreateBoard } from '../api/mutations.js';
import { useProjectChoices } from '../api/queries.js';
import { CreateDialog } from './CreateDialog.js';

export function NewBoardDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (boardId: string) => void;
}) {
  const { t } = useTranslation();
  const projects = useProjectChoices(open);
  const createBoard = useCreateBoard();
  return (
    <CreateDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('create.board')}
      testId="new-board"
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
