// One small dialog for "new task", "new column" and "new board": a name, and optionally a choice.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Dropdown,
  Field,
  Input,
  Option,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.js';

export interface CreateDialogProps {
  trigger: ReactElement;
  title: string;
  testId: string;
  choices?: { label: string; options: { id: string; text: string }[] };
  onCreate: (name: string, choice?: string) => Promise<unknown>;
  onOpen?: () => void;
}

export function CreateDialog({ trigger, title, testId, choices, onCreate, onOpen }: CreateDialogProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<string>();
  const [error, setError] = useState<string>();
  async function create() {
    setError(undefined);
    try {
      await onCreate(name.trim(), choice);
      setName('');
      setOpen(false);
    } catch (e) {
      setError(describeError(e, t).message);
    }
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (d.open) onOpen?.();
      }}
    >
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface data-testid={testId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <Field label={t('create.name')} validationMessage={error} required>
              <Input
                data-testid={`${testId}-name`}
                value={name}
                onChange={(_, d) => setName(d.value)}
                onKeyDown={(e) => e.key === 'Enter' && name.trim() && (!choices || choice) && void create()}
              />
            </Field>
            {choices && (
              <Field label={choices.label} required>
                <Dropdown
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
            <Button
              appearance="primary"
              data-testid={`${testId}-create`}
              disabled={!name.trim() || (choices && !choice)}
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
