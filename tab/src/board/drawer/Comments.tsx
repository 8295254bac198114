// Comments, oldest first and newest last: the author's avatar and name, when (relative, the exact time on
// hover), the text as TeamFlame formats it. A new one shows at once as typed ("Sending…") until the server
// answers with the task and its comments; Ctrl+Enter sends.
import type { TabTask } from '@teamflame/contract';
import { Avatar, Button, Caption1, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useMutationState } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddComment } from '../../api/mutations.js';
import { keys } from '../../api/query-keys.js';
import { formatMoment, relativeTime } from '../../format.js';
import { SafeHtml } from '../SafeHtml.js';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

function CommentView({
  author,
  at,
  children,
}: {
  author: string;
  at: string | null;
  children: React.ReactNode;
}) {
  const styles = useTaskDrawerStyles();
  const { i18n } = useTranslation();
  return (
    <li className={styles.comment} data-testid="comment">
      <Avatar name={author} size={28} color="colorful" aria-hidden />
      <div className={styles.commentBody}>
        <div className={styles.commentHead}>
          <Text weight="semibold" size={200}>
            {author}
          </Text>
          {at && (
            <Caption1 className={styles.muted}>
              <time dateTime={at} title={formatMoment(at, i18n.language)} data-testid="comment-time">
                {relativeTime(at, i18n.language)}
              </time>
            </Caption1>
          )}
        </div>
        {children}
      </div>
    </li>
  );
}

export function Comments({ task, boardId, myName }: { task: TabTask; boardId: string; myName: string }) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  const comment = useAddComment(boardId, task.id);
  const sending = useMutationState({
    filters: { mutationKey: keys.commentWrites(task.id), status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  });
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const send = () => {
    const typed = text.trim();
    if (!typed) return;
    setText('');
    // A failure gives the text back to the field (and says why in a toast).
    comment.mutate(typed, { onError: () => setText((now) => now || typed) });
    input.current?.focus();
  };
  return (
    <section className={styles.section} aria-labelledby="drawer-comments">
      <h3 className={styles.sectionTitle} id="drawer-comments">
        {t('drawer.comments')}
      </h3>
      {task.comments === undefined ? (
        <Spinner size="tiny" label={t('drawer.loadingComments')} />
      ) : task.comments.length === 0 && sending.length === 0 ? (
        <Text className={styles.muted}>{t('drawer.noComments')}</Text>
      ) : (
        <ol className={styles.comments}>
          {task.comments.map((c, i) => (
            <CommentView key={i} author={c.author} at={c.at}>
              <SafeHtml html={c.textHtml} className={styles.commentText} testId="comment-text" />
            </CommentView>
          ))}
          {sending.map((typed, i) => (
            <CommentView key={`sending-${i}`} author={myName} at={null}>
              <div className={styles.typed}>{typed}</div>
              <Caption1 className={styles.muted}>{t('drawer.sending')}</Caption1>
            </CommentView>
          ))}
        </ol>
      )}
      <Textarea
        ref={input}
        aria-label={t('drawer.commentPlaceholder')}
        placeholder={t('drawer.commentPlaceholder')}
        resize="vertical"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
        data-testid="comment-input"
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!text.trim()} onClick={send} data-testid="comment-add">
          {t('drawer.addComment')}
        </Button>
      </div>
    </section>
  );
}
