/** Parses saved pages under Node with jsdom, the way the CLI and benchmarks need it. */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface LoadedPage {
  dom: JSDOM;
  /** Set when the page had to be parsed again without its style sheets. */
  retriedWithoutStyles: boolean;
}

/** Bigger pages are refused with a message rather than exhausting memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

const quiet = () => new VirtualConsole();

/** The page without style sheets, style links and style attributes: what is left when jsdom's CSS parser chokes. */
export function withoutStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi, '')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
}

/**
 * jsdom's CSS parser throws on some real pages (an unbalanced calc() in a
 * <style>); the article does not need the styles, so parse again without.
 */
export function parsePage(html: string, url: string): LoadedPage {
  try {
    return { dom: new JSDOM(html, { url, virtualConsole: quiet() }), retriedWithoutStyles: false };
  } catch (error) {
    try {
      return { dom: new JSDOM(withoutStyles(html), { url, virtualConsole: quiet() }), retriedWithoutStyles: true };
    } catch {
      throw error;
    }
  }
}

/** Whether a text plausibly is an HTML page rather than something else saved as .html. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return false;
  return (
    /<(?:!doctype\s+html|html|head|body|p|div|article|main|title|meta)\b/i.test(head) ||
    /<(?:p|div|article|body)\b/i.test(text.slice(0, 200_000))
  );
}
