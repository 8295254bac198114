// The channel tab's configuration page: choose a board; Teams saves it with pages.config.
import { Dropdown, Option, Title3 } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useTranslation } from 'react-i18next';
import { useBoards } from '../api/queries.js';

export function ConfigPage() {
  const { t } = useTranslation();
  const boards = useBoards();
  function choose(boardId: string, name: string) {
    const origin = window.location.origin + window.location.pathname;
    pages.config.registerOnSaveHandler((save) => {
      void pages.config
        .setConfig({
          entityId: boardId,
          contentUrl: `${origin}?inTeams=true#/board/${boardId}`,
          suggestedDisplayName: name,
          websiteUrl: `${origin}#/board/${boardId}`,
        })
        .then(
          () => save.notifySuccess(),
          (error: unknown) => save.notifyFailure(String(error)),
        );
    });
    pages.config.setValidityState(true);
  }
  return (
    <div>
      <Title3>{t('config.title')}</Title3>
      <Dropdown
        data-testid="config-board"
        onOptionSelect={(_, d) => d.optionValue && choose(d.optionValue, d.optionText ?? '')}
      >
        {(boards.data ?? []).map((b) => (
          <Option key={b.id} value={b.id} text={b.name}>
            {b.name}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
