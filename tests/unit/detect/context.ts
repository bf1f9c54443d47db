/** Builds a DetectionContext for signal tests: English text by default, no page. */
import type { DetectionContext } from '@/lib/detect/signal';
import { documentFrom } from '../helpers';

export function textContext(text: string, overrides: Partial<DetectionContext> = {}): DetectionContext {
  return { doc: null, url: null, text, pageText: text, textLanguage: 'en', ...overrides };
}

export function pageContext(html: string, overrides: Partial<DetectionContext> = {}): DetectionContext {
  const url = overrides.url ?? 'https://news.example/2024/05/01/story/';
  const doc = documentFrom(html, url);
  const text = doc.body?.textContent ?? '';
  return { doc, url, text, pageText: text, textLanguage: 'en', ...overrides };
}
