// Sign-in throttling over HTTP, on both surfaces that take a password: the tab API and the bot's sign-in card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await startAppUnderTest();
});
afterAll(() => t?.close());

async function signIn(email: string, password: string, address: string) {
  const response = await fetch(`${t.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { detail?: string };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

describe('tab API sign-in throttling', () => {
  it('answers 30 wrong passwords for one account with 5 × 401, then 429 with Retry-After, the right one too', async () => {
    const answers = [];
    for (let i = 0; i < 30; i++) {
      answers.push(await signIn('maria.ivanova@teamflame.local', 'wrong', `198.51.100.${i}`));
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(5).fill(401), ...Array(25).fill(429)]);
    const refused = answers.at(-1)!;
    const seconds = Number(refused.retryAfter);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(900);
    expect(refused.body.detail).toBe(`Too many sign-in attempts. Try again in ${seconds} s.`);
    expect((await signIn('maria.ivanova@teamflame.local', 'demo', '198.51.100.99')).status).toBe(429);
    // Sign-in attempts refused by the throttle never reached TeamFlame.
    const log = await t.sandboxCall<{ path: string }[]>('/__sandbox/requests');
    expect(log.filter((r) => r.path === '/auth/sign-in')).toHaveLength(5);
  });

  it('limits one address to 20 failed attempts over any accounts, and a success clears the account', async () => {
    for (let i = 0; i < 4; i++)
      expect((await signIn('alex.brown@teamflame.local', 'x', '203.0.113.5')).status).toBe(401);
    expect((await signIn('alex.brown@teamflame.local', 'demo', '203.0.113.5')).status).toBe(200);
    for (let i = 0; i < 16; i++) {
      // Four more wrong passwords for Alex are allowed after his success; the rest go to unknown accounts.
      const email = i < 4 ? 'alex.brown@teamflame.local' : `nobody${i}@teamflame.local`;
      expect((await signIn(email, 'x', '203.0.113.5')).status).toBe(401);
    }
    expect((await signIn('ivan.petrov@teamflame.local', 'demo', '203.0.113.5')).status).toBe(429);
    expect((await signIn('ivan.petrov@teamflame.local', 'demo', '203.0.113.6')).status).toBe(200);
  });
});

describe('bot sign-in card throttling', () => {
  it('answers the sixth wrong password with "too many attempts" in the card, in English and Russian, for the account on every surface', async () => {
    const user = teamsUser('Anna Sokolova');
    const chat = personalChat(user);
    const email = 'anna.sokolova@teamflame.local';
    for (let i = 0; i < 5; i++) {
      const card = await t.press(user, chat, 'signIn', { email, password: `guess-${i}` });
      expect(cardText(card)).toContain('did not accept this email and password');
    }
    const refused = cardText(await t.press(user, chat, 'signIn', { email, password: 'demo' }));
    expect(refused).toMatch(/Too many sign-in attempts\. Try again in \d+ s\./);
    expect(refused).not.toContain('Signed in');
    // Another Teams user, in Russian, trying the same account: the account's limit holds for them too.
    const other = teamsUser('Анна');
    const russian = cardText(
      await t.press(other, personalChat(other), 'signIn', { email, password: 'demo' }, { locale: 'ru-RU' }),
    );
    expect(russian).toMatch(/Слишком много попыток входа\. Попробуйте снова через \d+ с\./);
    // And in the tab.
    expect((await signIn(email, 'demo', '192.0.2.44')).status).toBe(429);
  });

  it('limits one Teams user to 20 failed attempts over any accounts', async () => {
    const user = teamsUser('Sprayer');
    const chat = personalChat(user);
    for (let i = 0; i < 20; i++) {
      const card = await t.press(user, chat, 'signIn', {
        email: `nobody-${i}@teamflame.local`,
        password: 'x',
      });
      expect(cardText(card)).toContain('did not accept this email and password');
    }
    const refused = await t.press(user, chat, 'signIn', {
      email: 'john.smith@teamflame.local',
      password: 'demo',
    });
    expect(cardText(refused)).toMatch(/Too many sign-in attempts/);
    const someoneElse = teamsUser('John Smith');
    const signedIn = await t.press(someoneElse, personalChat(someoneElse), 'signIn', {
      email: 'john.smith@teamflame.local',
      password: 'demo',
    });
    expect(cardText(signedIn)).toContain('Signed in as');
  });
});
