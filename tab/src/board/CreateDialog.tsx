// One small dialog for "new column" and "new board": a name, and optionally a choice. Opened by its owner
// (a toolbar button, or the toolbar's overflow menu); Fluent gives focus back to what opened it.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Option,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.js';

export interface CreateDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  testId: string;
  choices?: { label: string; options: { id: string; text: string }[] };
  onCreate: (name: string, choice?: string) => Promise<unknown>;
}

export function CreateDialog({ open, onOpenChange, title, testId, choices, onCreate }: CreateDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<string>();
  const [error, setError] = useState<string>();
  const ready = Boolean(name.trim()) && (!choices || Boolean(choice));
  // Opened by its owner, not by a DialogTrigger: focus goes back by hand to what had it before. That is
  // read while rendering the opening, before the dialog's own effects move focus into it.
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current && document.activeElement instanceof HTMLElement)
    opener.current = document.activeElement;
  wasOpen.current = open;
  useEffect(() => {
    if (open) return undefined;
    const back = opener.current;
    opener.current = null;
    if (!back) return undefined;
    const timer = setTimeout(() => back.isConnected && back.focus());
    return () => clearTimeout(timer);
  }, [open]);
  async function create() {
    setError(undefined);
    try {
      await onCreate(name.trim(), choice);
      setName('');
      onOpenChange(false);
    } catch (e) {
      setError(describeError(e, t).message);
    }
  }
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface data-testid={testId} aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <Field label={t('create.name')} validationMessage={error} required>
              <Input
                data-testid={`${testId}-name`}
                value={name}
                onChange={(_, d) => setName(d.value)}
                onKeyDown={(e) => e.key === 'Enter' && ready && void create()}
              />
            </Field>
            {choices && (
              <Field label={choices.label} required>
                <Dropdown
                  inlinePopup
                  data-testid={`${testId}-choice`}
                  onOptionSelect={(_, d) => setChoice(d.optionValue)}
                >
                  {choices.options.map((o) => (
                    <Option key={o.id} value={o.id}>
                      {o.text}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => onOpenChange(false)}>{t('column.cancel')}</Button>
            <Button
              appearance="primary"
              data-testid={`${testId}-create`}
              disabled={!ready}
              onClick={() => void create()}
            >
              {t('create.create')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
