import type { Plugin } from 'vite';

/** The reader's code loaded after the popup's first paint (components/start-reader.tsx, components/ReaderView.tsx). */
const LAZY_READER_MODULES = ['components/ReaderView.tsx', 'components/FlagReader.tsx'];

interface BundleChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
}
type BundleItem = BundleChunk | { type: 'asset'; fileName: string };

/**
 * The popup and the reader tab draw their verdict from a small first module
 * graph and load the rest of the reader with dynamic imports, which the
 * browser learns of only as each script runs: the reader's view once the
 * first graph has run, the article's code once the view has. That chain of
 * fetches, on the renderer thread the analysis host shares in Chromium, is
 * what the popup's article waited for (session 8). This adds a
 * `<link rel="modulepreload">` for each chunk of those lazy parts to the
 * page, so the browser fetches them with the first graph; they still run only
 * when imported, after the verdict view is drawn. They go at the end of the
 * body with a low fetch priority: in the <head> they held up the page's own
 * first script and module graph (session 9: the popup's module script ran
 * 30-40 ms later; docs/benchmarks/performance-and-extraction.md).
 */
export function preloadReaderCode(): Plugin {
  return {
    name: 'unspun:preload-reader-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle as Record<string, BundleItem> | undefined;
        const entry = context.chunk as BundleChunk | undefined;
        if (!bundle || !entry) return;
        const chunks = Object.values(bundle).filter((item): item is BundleChunk => item.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // Only the lazy parts this page's own graph can import (not the options page's, not the export's).
        const reachable = new Set<string>();
        const walk = (fileName: string) => {
          const chunk = byFile.get(fileName);
          if (!chunk || reachable.has(fileName)) return;
          reachable.add(fileName);
          for (const next of [...chunk.imports, ...chunk.dynamicImports]) walk(next);
        };
        walk(entry.fileName);
        // In the order they are needed: the view, then the article.
        const lazyRoots = LAZY_READER_MODULES.flatMap((module) =>
          chunks.filter((chunk) => reachable.has(chunk.fileName) && chunk.facadeModuleId?.endsWith(module)),
        );
        const already = new Set<string>();
        const staticOf = (fileName: string) => {
          if (already.has(fileName)) return;
          already.add(fileName);
          for (const next of byFile.get(fileName)?.imports ?? []) staticOf(next);
        };
        staticOf(entry.fileName);
        const preload: string[] = [];
        const add = (fileName: string) => {
          if (already.has(fileName)) return;
          already.add(fileName);
          preload.push(fileName);
          for (const next of byFile.get(fileName)?.imports ?? []) add(next);
        };
        for (const root of lazyRoots) add(root.fileName);
        return preload.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `/${fileName}` },
          injectTo: 'body' as const,
        }));
      },
    },
  };
}
