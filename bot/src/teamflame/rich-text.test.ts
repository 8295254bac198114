import { describe, expect, it } from 'vitest';
import { toCardMarkdown, toPlainText, toSafeHtml } from './rich-text.js';

describe('rich text', () => {
  const html =
    '<p>Нужно <b>срочно</b></p><ul><li>one</li><li>two</li></ul><script>alert(1)</script><img src=x onerror="alert(2)">';

  it('turns HTML into plain text with bullets and no markup', () => {
    const text = toPlainText(html);
    expect(text).toContain('Нужно срочно');
    expect(text).toContain('- one');
    expect(text).not.toMatch(/<|alert/);
  });

  it('neutralises markdown in card text and caps its length', () => {
    expect(toCardMarkdown('click [here](https://evil.example) *now*')).toBe(
      'click [here]\u200b(https://evil.example) \\*now\\*',
    );
    expect(toCardMarkdown('x'.repeat(50), 10)).toHaveLength(10);
  });

  it('sanitizes HTML for the tab: no scripts, handlers or javascript: links', () => {
    const safe = toSafeHtml(
      `${html}<a href="javascript:alert(3)" onclick="x()">bad</a><a href="https://teamflame.ru">ok</a>`,
    );
    expect(safe).not.toMatch(/script|onerror|onclick|javascript:|<img/);
    expect(safe).toContain('<b>срочно</b>');
    expect(safe).toContain('<a href="https://teamflame.ru" rel="noopener noreferrer" target="_blank">ok</a>');
  });

  it('treats empty input as empty text', () => {
    expect(toPlainText('')).toBe('');
    expect(toSafeHtml(null)).toBe('');
  });
});
