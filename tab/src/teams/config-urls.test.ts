import { describe, expect, it } from 'vitest';
import { contentUrlFor, websiteUrlFor } from './config-urls.js';

describe('configured tab URLs', () => {
  it('point at the tab where it is served, in Teams or as a web page', () => {
    const page = 'https://tf.example.com/?inTeams=true#/config';
    expect(contentUrlFor('b1', page)).toBe('https://tf.example.com/?inTeams=true#/board/b1');
    expect(websiteUrlFor('b1', page)).toBe('https://tf.example.com/#/board/b1');
    expect(contentUrlFor('a/b', 'http://localhost:3978/tab/index.html#/config')).toBe(
      'http://localhost:3978/tab/?inTeams=true#/board/a%2Fb',
    );
  });
});
