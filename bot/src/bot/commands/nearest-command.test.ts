import { describe, expect, it } from 'vitest';
import { nearestWord } from './nearest-command.js';
import { parseCommand } from './parse-command.js';

const nearest = (text: string) => parseCommand(text).nearest;

describe('the nearest command to words that are no command', () => {
  it.each([
    ['boadrs', 'boards', 'boards'], // two letters swapped
    ['bords', 'boards', 'boards'],
    ['baord', 'board', 'board'],
    ['hlep', 'help', 'help'],
    ['halp', 'help', 'help'],
    ['subscirbe', 'subscribe', 'subscribe'],
    ['unsubscibe', 'unsubscribe', 'unsubscribe'],
    ['subscriptoins', 'subscriptions', 'subscriptions'],
    ['mytasks', 'my tasks', 'myTasks'],
    ['my taks', 'my tasks', 'myTasks'],
    ['singin', 'signin', 'signIn'],
    ['sign ot', 'sign out', 'signOut'],
    ['подпиcки', 'подписки', 'subscriptions'], // a Latin "c" among Cyrillic letters
    ['подписик', 'подписки', 'subscriptions'],
    ['доскии', 'доски', 'boards'],
    ['отписатся', 'отписаться', 'unsubscribe'],
    ['мои задча', 'мои задачи', 'myTasks'],
    ['помошь', 'помощь', 'help'],
  ])('suggests %j for %j', (typed, word, name) => {
    expect(nearest(typed)).toEqual({ name, word });
  });

  it('suggests the command whose word was started', () => {
    expect(nearest('subscr')).toEqual({ name: 'subscribe', word: 'subscribe' });
    expect(nearest('subscripti')).toEqual({ name: 'subscriptions', word: 'subscriptions' });
    expect(nearest('log')).toEqual({ name: 'signIn', word: 'login' });
    expect(nearest('отпис')).toEqual({ name: 'unsubscribe', word: 'отписаться' });
  });

  it('suggests the command a longer text starts with', () => {
    expect(nearest('help me')).toEqual({ name: 'help', word: 'help' });
    expect(nearest('sign in now')).toEqual({ name: 'signIn', word: 'sign in' });
    expect(nearest('доски пожалуйста')).toEqual({ name: 'boards', word: 'доски' });
  });

  it('reads the text as typed: case, the mention and a trailing "?" do not matter', () => {
    expect(nearest('<at>TeamFlame</at> BOADRS?')).toEqual({ name: 'boards', word: 'boards' });
  });

  it('offers nothing when no command is close', () => {
    for (const text of ['blorp', 'hello there', 'what is going on with the release?', 'ok', 'x', '', '🙂']) {
      expect(nearest(text), text).toBeUndefined();
    }
  });

  it('allows one edit in short words and two from six letters on', () => {
    const words = [
      { name: 'short', word: 'abcde' },
      { name: 'long', word: 'abcdefgh' },
    ];
    expect(nearestWord('abxde', words)?.name).toBe('short');
    expect(nearestWord('axxde', words)).toBeUndefined();
    expect(nearestWord('abxdefgx', words)?.name).toBe('long');
    expect(nearestWord('axxdefgx', words)).toBeUndefined();
  });

  it('prefers the fewest edits, then the word closest in length, then the earlier word', () => {
    const words = [
      { name: 'first', word: 'boards' },
      { name: 'second', word: 'board' },
    ];
    expect(nearestWord('boardz', words)?.name).toBe('first');
    expect(nearestWord('boar', words)?.name).toBe('second');
    expect(nearestWord('boxrd', words)?.name).toBe('second');
    expect(nearestWord('xy', [...words, { name: 'a', word: 'xyz' }, { name: 'b', word: 'xyw' }])?.name).toBe(
      'a',
    );
  });
});

describe('the language of the words', () => {
  it.each([
    ['boards', 'en'],
    ['доски', 'ru'],
    ['Мои задачи!', 'ru'],
    ['new Починить вход', 'en'],
    ['новая задача Fix SSO', 'ru'],
    ['blorp', 'en'],
    ['абракадабра', 'ru'],
    ['подпиcки', 'ru'],
  ])('reads %j as %s', (text, language) => {
    expect(parseCommand(text).language).toBe(language);
  });

  it('leaves it open when the letters do not tell', () => {
    expect(parseCommand('?').language).toBeUndefined();
    expect(parseCommand('42').language).toBeUndefined();
  });
});
