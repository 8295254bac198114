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
    expect(parseCommand(text)).toEqual({ name, args: '' });
  });

  it('strips the bot mention and non-breaking spaces in channels', () => {
    expect(parseCommand('<at>TeamFlame</at>\u00a0boards')).toEqual({ name: 'boards', args: '' });
  });

  it('takes the title of a new task', () => {
    expect(parseCommand('new Fix the login page')).toEqual({ name: 'newTask', args: 'Fix the login page' });
    expect(parseCommand('новая задача Починить вход')).toEqual({ name: 'newTask', args: 'Починить вход' });
    expect(parseCommand('новая Починить вход')).toEqual({ name: 'newTask', args: 'Починить вход' });
  });

  it('does not match commands inside other text', () => {
    expect(parseCommand('I need help with boards').name).toBe('unknown');
    expect(parseCommand('newsletter').name).toBe('unknown');
    expect(parseCommand(undefined).name).toBe('unknown');
  });
});
