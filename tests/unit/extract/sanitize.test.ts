import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '@/lib/extract/sanitize';
import { domFrom } from '../helpers';

const { window } = domFrom('<!doctype html><html><body></body></html>');

describe('sanitizeHtml', () => {
  it('removes scripts but keeps the text around them', () => {
    const html = sanitizeHtml('<p>Before<script>alert(1)</script> after</p>', window);
    expect(html).not.toContain('script');
    expect(html).not.toContain('alert');
    expect(html).toBe('<p>Before after</p>');
  });

  it('removes event handlers and keeps the image', () => {
    const html = sanitizeHtml('<img src="https://news.example/a.jpg" alt="Bridge" onerror="alert(1)">', window);
    expect(html).not.toContain('onerror');
    expect(html).toContain('src="https://news.example/a.jpg"');
    expect(html).toContain('alt="Bridge"');
  });

  it('drops javascript: URLs and keeps the link text', () => {
    const html = sanitizeHtml('<p><a href="javascript:alert(1)">Click</a> and <a href="https://news.example/x/">read</a></p>', window);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('>Click</a>');
    expect(html).toContain('<a href="https://news.example/x/">read</a>');
  });

  it('removes iframes, forms and style attributes', () => {
    const html = sanitizeHtml(
      '<div style="position:fixed;top:0"><iframe src="https://evil.example/"></iframe><form><input name="q"></form><p style="color:red" class="x">Text</p></div>',
      window,
    );
    expect(html).not.toMatch(/iframe|form|input|style=|class=/);
    expect(html).toContain('<p>Text</p>');
  });
});

describe('sanitizeToFragment', () => {
  it('returns a clean fragment that the window’s document can take in', () => {
    const fragment = sanitizeToFragment('<p>Hello <b onclick="x()">world</b></p>', window);
    expect(fragment.textContent).toBe('Hello world');
    expect(fragment.querySelector('[onclick]')).toBeNull();
    const host = window.document.createElement('div');
    host.appendChild(fragment);
    expect(host.innerHTML).toBe('<p>Hello <b>world</b></p>');
  });
});
