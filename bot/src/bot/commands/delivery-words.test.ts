import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse-command.js';
import { deliveryFromForm, parseDeliveryWords } from './delivery-words.js';

describe('subscribe options', () => {
  it('reads instant, every N minutes, hourly and daily at a time, in English and Russian', () => {
    expect(parseDeliveryWords('')).toEqual({ mode: 'instant' });
    expect(parseDeliveryWords('instant')).toEqual({ mode: 'instant' });
    expect(parseDeliveryWords('every 30 min')).toEqual({ mode: 'every', minutes: 30 });
    expect(parseDeliveryWords('every 2 hours')).toEqual({ mode: 'every', minutes: 120 });
    expect(parseDeliveryWords('каждые 15 минут')).toEqual({ mode: 'every', minutes: 15 });
    expect(parseDeliveryWords('hourly')).toEqual({ mode: 'every', minutes: 60 });
    expect(parseDeliveryWords('daily 9:30')).toEqual({ mode: 'daily', at: '09:30' });
    expect(parseDeliveryWords('ежедневно в 18:00')).toEqual({ mode: 'daily', at: '18:00' });
    expect(parseDeliveryWords('daily')).toEqual({ mode: 'daily', at: '09:00' });
  });

  it('refuses what it does not know, and periods too short or too long', () => {
    expect(parseDeliveryWords('weekly')).toBeUndefined();
    expect(parseDeliveryWords('every 1 min')).toBeUndefined();
    expect(parseDeliveryWords('every 5000 min')).toBeUndefined();
    expect(parseDeliveryWords('daily 25:00')).toBeUndefined();
  });

  it('reads the board card form', () => {
    expect(deliveryFromForm('every:30', '')).toEqual({ mode: 'every', minutes: 30 });
    expect(deliveryFromForm('daily', '07:45')).toEqual({ mode: 'daily', at: '07:45' });
    expect(deliveryFromForm(undefined, undefined)).toEqual({ mode: 'instant' });
    expect(deliveryFromForm('every:abc', '')).toBeUndefined();
  });

  it('is what follows the subscribe command; "follow my tasks" is a command of its own', () => {
    expect(parseCommand('subscribe daily 09:00')).toMatchObject({ name: 'subscribe', args: 'daily 09:00' });
    expect(parseCommand('подписаться каждые 30 мин')).toMatchObject({
      name: 'subscribe',
      args: 'каждые 30 мин',
    });
    expect(parseCommand('subscribe')).toMatchObject({ name: 'subscribe', args: '' });
    expect(parseCommand('follow my tasks')).toMatchObject({ name: 'followMine' });
    expect(parseCommand('не следить за моими задачами')).toMatchObject({
      name: 'unfollowMine',
      language: 'ru',
    });
  });
});
