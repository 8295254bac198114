// One toaster for the whole tab: mutations report failures here (data-testid="toast"): what was being done
// as the title, then what went wrong and what to do (describeError), in the tab's language.
import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { ErrorDescription } from '../api/describe-error.js';

export interface Notify {
  error(title: string, failure: ErrorDescription): void;
}

const NotifyContext = createContext<Notify | undefined>(undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  const error = useCallback(
    (title: string, failure: ErrorDescription) =>
      dispatchToast(
        <Toast data-testid="toast">
          <ToastTitle>{title}</ToastTitle>
          <ToastBody subtitle={failure.hint}>{failure.message}</ToastBody>
        </Toast>,
        { intent: 'error', timeout: 6000 },
      ),
    [dispatchToast],
  );
  const notify = useMemo(() => ({ error }), [error]);
  return (
    <NotifyContext.Provider value={notify}>
      <Toaster toasterId={toasterId} position="bottom-end" />
      {children}
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside ToastProvider');
  return notify;
}
