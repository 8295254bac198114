// In a channel or chat tab: follow the board there, so every change arrives as a card (from the bot).
import { Switch } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useFollow } from '../api/mutations.js';
import { useSubscriptions } from '../api/queries.js';

export function FollowSwitch({ conversationId, boardId }: { conversationId: string; boardId: string }) {
  const { t } = useTranslation();
  const followed = useSubscriptions(conversationId);
  const follow = useFollow(conversationId, boardId);
  const on = followed.data?.some((s) => s.boardId === boardId) ?? false;
  return (
    <Switch
      data-testid="follow-here"
      label={t('board.followHere')}
      checked={on}
      disabled={followed.isError || follow.isPending}
      onChange={(_, d) => follow.mutate(d.checked)}
    />
  );
}
