import { describe, expect, it } from 'vitest';
import { preloadReaderCode } from '../../../scripts/preload-reader-code';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; dynamicImports: string[] };
const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], dynamicImports: string[] = []): Chunk => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  dynamicImports,
});

/** A build like the extension's: the popup's first graph, the reader's lazy parts, the export's and the options page's. */
const bundle = Object.fromEntries(
  [
    chunk('chunks/popup.js', '/src/entrypoints/popup/index.html', ['chunks/preact.js', 'chunks/start-reader.js']),
    chunk('chunks/start-reader.js', '/src/components/start-reader.tsx', ['chunks/preact.js'], ['chunks/ReaderView.js']),
    chunk('chunks/preact.js', null),
    chunk(
      'chunks/ReaderView.js',
      '/src/components/ReaderView.tsx',
      ['chunks/preact.js', 'chunks/store.js'],
      ['chunks/FlagReader.js', 'chunks/export.js'],
    ),
    chunk('chunks/store.js', null),
    chunk('chunks/FlagReader.js', '/src/components/FlagReader.tsx', ['chunks/ReaderView.js', 'chunks/sanitize.js']),
    chunk('chunks/sanitize.js', null),
    chunk('chunks/export.js', '/src/lib/export/article.ts', ['chunks/sanitize.js']),
    chunk('chunks/options.js', '/src/entrypoints/options/index.html', ['chunks/preact.js', 'chunks/options-only.js']),
    chunk('chunks/options-only.js', null),
  ].map((item) => [item.fileName, item]),
);

function preloadedBy(entry: string): string[] {
  const hook = preloadReaderCode().transformIndexHtml as { handler: (html: string, context: unknown) => unknown };
  const tags = (hook.handler('', { bundle, chunk: bundle[entry] }) ?? []) as Array<{ attrs: { rel: string; href: string } }>;
  return tags.map((tag) => {
    expect(tag.attrs.rel).toBe('modulepreload');
    return tag.attrs.href;
  });
}

describe("the popup's page asks for the reader's lazy code with its first scripts", () => {
  it("preloads the view's and the article's chunks and what they import, the view first", () => {
    expect(preloadedBy('chunks/popup.js')).toEqual([
      '/chunks/ReaderView.js',
      '/chunks/store.js',
      '/chunks/FlagReader.js',
      '/chunks/sanitize.js',
    ]);
  });

  it('leaves out what the first graph loads anyway, the export (loaded on a click) and other pages’ code', () => {
    const preloaded = preloadedBy('chunks/popup.js');
    for (const left of ['/chunks/preact.js', '/chunks/start-reader.js', '/chunks/export.js', '/chunks/options-only.js'])
      expect(preloaded).not.toContain(left);
  });

  it('adds nothing to a page that does not load the reader', () => {
    expect(preloadedBy('chunks/options.js')).toEqual([]);
  });
});
