// In a channel or chat tab: follow the board there, so every change arrives as a card (from the bot). The
// state is a hook, so the toolbar can offer it as a switch or, when narrow, in its overflow menu.
import { Caption1, Switch } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { describeError, type ErrorDescription } from '../api/describe-error.js';
import { useFollow } from '../api/mutations.js';
import { useSubscriptions } from '../api/queries.js';

export interface Following {
  on: boolean;
  disabled: boolean;
  set: (on: boolean) => void;
  /** Why following cannot be had here (the bot is not in the conversation, or the person is not). */
  unavailable?: ErrorDescription;
}

export function useFollowing(conversationId: string, boardId: string): Following {
  const followed = useSubscriptions(conversationId);
  const follow = useFollow(conversationId, boardId);
  const { t } = useTranslation();
  return {
    unavailable: followed.isError ? describeError(followed.error, t) : undefined,
    on: followed.data?.some((s) => s.boardId === boardId) ?? false,
    disabled: followed.isError || follow.isPending,
    set: (on) => follow.mutate(on),
  };
}

export function FollowSwitch({ following }: { following: Following }) {
  const { t } = useTranslation();
  const { unavailable } = following;
  return (
    <>
      <Switch
        data-testid="follow-here"
        label={t('board.followHere')}
        checked={following.on}
        disabled={following.disabled}
        onChange={(_, d) => following.set(d.checked)}
      />
      {unavailable && (
        <Caption1 data-testid="follow-unavailable">
          {t('board.followUnavailable', { reason: unavailable.message, hint: unavailable.hint })}
        </Caption1>
      )}
    </>
  );
}
