// TeamFlame HTML arrives sanitized by the server; it is sanitized again here before it reaches the DOM.
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

export function SafeHtml({ html, className, testId }: { html: string; className?: string; testId?: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(html, { USE_PROFILES: { html: true } }), [html]);
  return <div className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: clean }} />;
}
