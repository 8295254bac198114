// One toaster for the whole tab: mutations report failures here (data-testid="toast").
import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';

export interface Notify {
  error(title: string, detail?: string): void;
}

const NotifyContext = createContext<Notify | undefined>(undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  const error = useCallback(
    (title: string, detail?: string) =>
      dispatchToast(
        <Toast data-testid="toast">
          <ToastTitle>{title}</ToastTitle>
          {detail && <ToastBody>{detail}</ToastBody>}
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
