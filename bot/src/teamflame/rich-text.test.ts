import { describe, expect, it } from 'vitest';
import { toPlainText, toSafeHtml, typedTextToHtml } from './rich-text.js';

describe('rich text', () => {
  const html =
    '<p>Нужно <b>срочно</b></p><ul><li>one</li><li>two</li></ul><script>alert(1)</script><img src=x onerror="alert(2)">';

  it('turns HTML into plain text with bullets and no markup', () => {
    const text = toPlainText(html);
    expect(text).toContain('Нужно срочно');
    expect(text).toContain('- one');
    expect(text).not.toMatch(/<|alert/);
  });

  it('sanitizes HTML for the tab: no scripts, handlers or javascript: links', () => {
    const safe = toSafeHtml(
      `${html}<a href="javascript:alert(3)" onclick="x()">bad</a><a href="https://teamflame.ru">ok</a>`,
    );
    expect(safe).not.toMatch(/script|onerror|onclick|javascript:|<img/);
    expect(safe).toContain('<b>срочно</b>');
    expect(safe).toContain('<a href="https://teamflame.ru" rel="noopener noreferrer" target="_blank">ok</a>');
  });

  it('drops frames, styles, data: links and unknown tags but keeps their text', () => {
    const safe = toSafeHtml(
      '<iframe src="https://evil.example"></iframe><p style="color:red" class="x">kept</p>' +
        '<a href="data:text/html,hi">data</a><marquee>moving</marquee><svg onload="x()"><circle/></svg>',
    );
    expect(safe).toBe('<p>kept</p><a rel="noopener noreferrer" target="_blank">data</a>moving');
  });

  it('decodes entities into text without turning them back into markup', () => {
    expect(toPlainText('<p>a &lt;b&gt; &amp; c</p>')).toBe('a <b> & c');
    expect(toSafeHtml('<p>a &lt;script&gt;</p>')).toBe('<p>a &lt;script&gt;</p>');
    expect(toPlainText('<p>snake_case and 2*3</p>')).toBe('snake_case and 2*3');
  });

  it('treats empty input as empty text', () => {
    expect(toPlainText('')).toBe('');
    expect(toSafeHtml(null)).toBe('');
  });
});

describe('typed text as TeamFlame rich text', () => {
  const typed = 'Fix the <Button> component & "quotes"\nsecond line\n\nsecond paragraph';

  it('escapes markup and keeps line breaks and paragraphs', () => {
    expect(typedTextToHtml(typed)).toBe(
      '<p>Fix the &lt;Button&gt; component &amp; &quot;quotes&quot;<br>second line</p><p>second paragraph</p>',
    );
  });

  it('reads back as exactly what was typed', () => {
    for (const text of [typed, '<img src=x>', 'a &amp; b', '1 < 2 > 0', 'Привет,\nмир']) {
      expect(toPlainText(typedTextToHtml(text))).toBe(text);
    }
  });

  it('makes web addresses links, without the sentence punctuation after them', () => {
    expect(typedTextToHtml('See https://teams.microsoft.com/l/message/1?x=1&y=2.')).toBe(
      '<p>See <a href="https://teams.microsoft.com/l/message/1?x=1&amp;y=2">https://teams.microsoft.com/l/message/1?x=1&amp;y=2</a>.</p>',
    );
  });

  it('keeps blank input empty', () => {
    expect(typedTextToHtml('  \n ')).toBe('');
  });
});
