// A name edited in place (a task's title, a column's name), the same way everywhere: Enter saves, leaving
// the field saves, Escape cancels (and only the edit: not the drawer or dialog around it). Afterwards focus
// goes back to the control that started the edit, once the key press is done (Enter would press it too).
import type { InputOnChangeData } from '@fluentui/react-components';
import { useState, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react';

export function useInlineEdit(
  current: string,
  save: (next: string) => void,
  returnFocusTo: RefObject<HTMLElement | null>,
) {
  const [draft, setDraft] = useState<string>();
  const finish = (keep: boolean) => {
    const next = draft?.trim();
    setDraft(undefined);
    if (keep && next && next !== current) save(next);
    setTimeout(() => returnFocusTo.current?.focus());
  };
  return {
    editing: draft !== undefined,
    start: () => setDraft(current),
    /** Spread onto the Fluent Input shown while editing. */
    inputProps: {
      autoFocus: true,
      value: draft ?? '',
      onChange: (_: ChangeEvent<HTMLInputElement>, d: InputOnChangeData) => setDraft(d.value),
      onBlur: () => draft !== undefined && finish(true),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(false);
        }
      },
    },
  };
}
