import { describe, expect, it } from 'vitest';
import { connectToHost, withTimeout, type HostEnvironment, type TeamsSdk } from './host.js';

const env = (search: string): HostEnvironment => ({ search, browserLocale: 'en-US', prefersDark: false });

function fakeSdk(overrides: Partial<TeamsSdk> = {}) {
  const calls: string[] = [];
  const themeHandlers: ((theme: string) => void)[] = [];
  const sdk: TeamsSdk = {
    initialize: async () => void calls.push('initialize'),
    getContext: async () => ({ app: { theme: 'dark', locale: 'ru-RU' }, channel: { id: '19:c@thread' } }),
    onThemeChange: (handler) => void themeHandlers.push(handler),
    getAuthToken: async () => 'sso-token',
    authenticate: async (url) => {
      calls.push(`authenticate ${url}`);
      return 'consented';
    },
    ...overrides,
  };
  return { sdk, calls, themeHandlers };
}

const never = () => new Promise<never>(() => undefined);

describe('connecting to the host', () => {
  it('never loads or waits for Teams without inTeams=true', async () => {
    let loaded = false;
    const host = await connectToHost(env('?theme=dark'), async () => {
      loaded = true;
      return fakeSdk().sdk;
    });
    expect(loaded).toBe(false);
    expect(host).toMatchObject({ inTeams: false, theme: 'dark', locale: 'en-US' });
    expect(await host.ssoToken()).toBeUndefined();
  });

  it('gives up on a Teams that never answers, as a plain web page', async () => {
    const { sdk } = fakeSdk({ initialize: never });
    const host = await connectToHost(env('?inTeams=true'), async () => sdk, 50);
    expect(host.inTeams).toBe(false);
  });

  it('also gives up when the context never comes, or initialize fails', async () => {
    const slow = await connectToHost(
      env('?inTeams=true'),
      async () => fakeSdk({ getContext: never }).sdk,
      50,
    );
    expect(slow.inTeams).toBe(false);
    const failing = fakeSdk({ initialize: () => Promise.reject(new Error('no host')) }).sdk;
    expect((await connectToHost(env('?inTeams=true'), async () => failing, 50)).inTeams).toBe(false);
  });

  it('in Teams takes the theme, locale and conversation from the context and follows theme changes', async () => {
    const { sdk, themeHandlers } = fakeSdk();
    const host = await connectToHost(env('?inTeams=true'), async () => sdk);
    expect(host).toMatchObject({
      inTeams: true,
      theme: 'dark',
      locale: 'ru-RU',
      conversationId: '19:c@thread',
    });
    const seen: string[] = [];
    host.onThemeChange((theme) => seen.push(theme));
    themeHandlers.forEach((h) => h('contrast'));
    themeHandlers.forEach((h) => h('something-new'));
    expect(seen).toEqual(['contrast', 'default']);
    expect(await host.ssoToken()).toBe('sso-token');
  });

  it('keeps a forced theme and locale even in Teams, and a refused SSO token is undefined', async () => {
    const { sdk, themeHandlers } = fakeSdk({ getAuthToken: () => Promise.reject(new Error('consent')) });
    const host = await connectToHost(env('?inTeams=true&theme=contrast&locale=en'), async () => sdk);
    expect(host).toMatchObject({ theme: 'contrast', locale: 'en' });
    host.onThemeChange(() => undefined);
    expect(themeHandlers).toHaveLength(0);
    expect(await host.ssoToken()).toBeUndefined();
    expect(host.ssoRefusal()).toBe('consent');
  });

  it('tells the deep link sub-entity, asks consent through Teams, and forgets a refusal once a token comes', async () => {
    let refuse = true;
    const { sdk, calls } = fakeSdk({
      getContext: async () => ({ app: {}, page: { id: 'board', subPageId: 'board:b1/task:t1' } }),
      getAuthToken: async () => {
        if (refuse) throw new Error('resourceRequiresConsent');
        return 'sso-token';
      },
    });
    const host = await connectToHost(env('?inTeams=true'), async () => sdk);
    expect(host.subPageId).toBe('board:b1/task:t1');
    expect(await host.ssoToken()).toBeUndefined();
    expect(host.ssoRefusal()).toBe('resourceRequiresConsent');
    await host.askConsent('https://tab.example/auth-start.html');
    expect(calls).toContain('authenticate https://tab.example/auth-start.html');
    refuse = false;
    expect(await host.ssoToken()).toBe('sso-token');
    expect(host.ssoRefusal()).toBeUndefined();
  });

  it('outside Teams has no sub-entity and cannot ask consent', async () => {
    const host = await connectToHost(env(''), async () => fakeSdk().sdk);
    expect(host.subPageId).toBeUndefined();
    await expect(host.askConsent('x')).rejects.toThrow('not in Teams');
  });
});

describe('withTimeout', () => {
  it('answers the work, or undefined on timeout or failure, and never rejects', async () => {
    expect(await withTimeout(Promise.resolve(1), 10)).toBe(1);
    expect(await withTimeout(never(), 10)).toBeUndefined();
    expect(await withTimeout(Promise.reject(new Error('x')), 10)).toBeUndefined();
  });
});
