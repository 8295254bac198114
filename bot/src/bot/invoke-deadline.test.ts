// Teams waits only a few seconds for an invoke answer: with the production budget (no override), an
// invoke answers by 2 s of server time however slow TeamFlame is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { cardActionInvoke, personalChat, postActivity, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await startAppUnderTest({ env: { TEAMFLAME_TIMEOUT_MS: '15000' } });
});
afterAll(() => t?.close());

describe('the invoke budget', () => {
  it('answers "still working" by 2 s when TeamFlame takes 10 s', async () => {
    const user = teamsUser('Demo User');
    const chat = personalChat(user);
    await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    await t.sandboxCall('/__sandbox/faults', {
      body: { path: '^/space/spacesByUserId$', latencyMs: 10_000 },
    });
    const started = Date.now();
    const response = await postActivity(
      t.url,
      cardActionInvoke({
        serviceUrl: t.connector.url,
        from: user,
        conversation: chat,
        verb: 'boards.pick',
        data: {},
        replyToId: 'slow-card',
      }),
    );
    const elapsed = Date.now() - started;
    expect(JSON.stringify(response.body)).toContain('Still working on it');
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    expect(elapsed).toBeLessThan(2500);
  });
});
