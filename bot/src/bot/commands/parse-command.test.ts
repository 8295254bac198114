import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse-command.js';

describe('parseCommand', () => {
  it.each([
    ['help', 'help'],
    ['  HELP ', 'help'],
    ['помощь', 'help'],
    ['sign in', 'signIn'],
    ['Войти', 'signIn'],
    ['sign out', 'signOut'],
    ['выйти', 'signOut'],
    ['boards', 'boards'],
    ['доски', 'boards'],
    ['board', 'board'],
    ['доска', 'board'],
    ['my tasks', 'myTasks'],
    ['мои задачи', 'myTasks'],
  ])('reads %j as %s', (text, name) => {
    expect(parseCommand(text)).toMatchObject({ name, args: '' });
  });

  it('strips the bot mention and non-breaking spaces in channels', () => {
    expect(parseCommand('<at>TeamFlame</at>\u00a0boards')).toMatchObject({ name: 'boards', args: '' });
  });

  it('takes the title of a new task', () => {
    expect(parseCommand('new Fix the login page')).toMatchObject({
      name: 'newTask',
      args: 'Fix the login page',
    });
    expect(parseCommand('новая задача Починить вход')).toMatchObject({
      name: 'newTask',
      args: 'Починить вход',
    });
    expect(parseCommand('новая Починить вход')).toMatchObject({ name: 'newTask', args: 'Починить вход' });
  });

  it('does not match commands inside other text', () => {
    expect(parseCommand('I need help with boards').name).toBe('unknown');
    expect(parseCommand('newsletter').name).toBe('unknown');
    expect(parseCommand(undefined).name).toBe('unknown');
  });
});

describe('parseCommand, more forms', () => {
  it.each([
    ['subscribe', 'subscribe'],
    ['Подписаться', 'subscribe'],
    ['unsubscribe', 'unsubscribe'],
    ['ОТПИСАТЬСЯ', 'unsubscribe'],
    ['МОИ ЗАДАЧИ', 'myTasks'],
    ['My Tasks', 'myTasks'],
    ['sign   in', 'signIn'],
    ['Sign Out', 'signOut'],
    ['ДОСКИ', 'boards'],
    ['мои задачи?', 'myTasks'],
    ['help!', 'help'],
    ['?', 'help'],
  ])('reads %j as %s', (text, name) => {
    expect(parseCommand(text).name).toBe(name);
  });

  it('strips mentions with attributes, wherever they are, and &nbsp; and zero-width characters', () => {
    expect(parseCommand('<at id="0">TeamFlame Bot</at> help').name).toBe('help');
    expect(parseCommand('my <at>TeamFlame</at> tasks').name).toBe('myTasks');
    expect(parseCommand('<at>TeamFlame</at>&nbsp;доски\n').name).toBe('boards');
    expect(parseCommand('\u200bhelp\ufeff').name).toBe('help');
  });

  it('keeps the case of a new task title and reads "new" alone as a form without a title', () => {
    expect(parseCommand('NEW Fix SSO')).toMatchObject({ name: 'newTask', args: 'Fix SSO' });
    expect(parseCommand('<at>Bot</at> new')).toMatchObject({ name: 'newTask', args: '' });
    expect(parseCommand('Новая  Починить   вход')).toMatchObject({ name: 'newTask', args: 'Починить вход' });
  });

  it('needs the exact command words', () => {
    for (const text of ['helpme', 'boardsx', 'sign in now', 'please sign out', 'доска 5', 'help me?']) {
      expect(parseCommand(text).name, text).toBe('unknown');
    }
    expect(parseCommand('').name).toBe('unknown');
    expect(parseCommand('<at>Bot</at>').name).toBe('unknown');
  });
});
