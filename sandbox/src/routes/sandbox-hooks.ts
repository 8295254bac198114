// /__sandbox/*: test hooks. They need no token, ignore faults and are not written to the request log.
import { defineRoute, type Route } from '../http.js';
import { faultSchema } from '../faults.js';
import type { SandboxState } from '../state.js';
import { parseBody } from '../validate.js';

export const HOOK_PREFIX = '/__sandbox/';

const hook = defineRoute<SandboxState>;

export const sandboxHooks: readonly Route<SandboxState>[] = [
  hook('POST', '/__sandbox/reset', (_request, state) => {
    state.reset();
    return { status: 204 };
  }),

  hook('POST', '/__sandbox/faults', ({ body }, state) => {
    const spec = parseBody(faultSchema, body);
    return { status: 201, body: { id: state.faults.add(spec) } };
  }),

  hook('DELETE', '/__sandbox/faults', (_request, state) => {
    state.faults.clear();
    return { status: 204 };
  }),

  hook('GET', '/__sandbox/requests', (_request, state) => ({ body: state.requests.list() })),

  hook('DELETE', '/__sandbox/requests', (_request, state) => {
    state.requests.clear();
    return { status: 204 };
  }),

  hook('GET', '/__sandbox/users', (_request, state) => ({ body: state.store.demoUsers() })),
];
