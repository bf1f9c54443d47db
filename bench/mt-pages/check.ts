/**
 * npx tsx bench/mt-pages/check.ts
 *
 * Sanity checks of the generated pages against their articles and the
 * manifest: one <h1> with the title, canonical URL, <html lang>, every body
 * paragraph present as text, unique element ids, no template leftovers
 * ("undefined", "NaN", "[object"). Exits 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { loadArticles, type ManifestEntry } from './build';

const ROOT = dirname(fileURLToPath(import.meta.url));

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function main(): void {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const articles = new Map(loadArticles().map((a) => [a.id, a]));
  const problems: string[] = [];
  for (const entry of manifest) {
    const article = articles.get(entry.id);
    if (!article) {
      problems.push(`${entry.id}: in the manifest but has no article`);
      continue;
    }
    const html = readFileSync(join(ROOT, entry.file), 'utf8');
    const doc = new JSDOM(html).window.document;
    const say = (msg: string) => problems.push(`${entry.id}: ${msg}`);
    const h1 = [...doc.querySelectorAll('h1')];
    if (h1.length !== 1 || normalize(h1[0]?.textContent ?? '') !== normalize(article.title))
      say(`expected one <h1> with the title, found ${h1.length}`);
    if (doc.querySelector('link[rel="canonical"]')?.getAttribute('href') !== entry.url) say('canonical URL differs from the manifest');
    if (doc.documentElement.getAttribute('lang') !== entry.htmlLang)
      say(`<html lang> is ${String(doc.documentElement.getAttribute('lang'))}, manifest ${String(entry.htmlLang)}`);
    const text = normalize(doc.body.textContent ?? '');
    for (const p of article.paragraphs) {
      if (!text.includes(normalize(p.replace(/^(## |> )/, '')))) say(`paragraph missing: ${p.slice(0, 50)}`);
    }
    if (!text.includes(normalize(article.bio))) say('author bio missing');
    const ids = new Map<string, number>();
    for (const el of doc.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
    const dup = [...ids.entries()].filter(([, n]) => n > 1).map(([id]) => id);
    if (dup.length) say(`duplicate ids: ${dup.join(', ')}`);
    if (/\bundefined\b|\bNaN\b|\[object /.test(html)) say('template leftover (undefined/NaN/[object)');
    const plugin = entry.plugin;
    const markers: Record<string, string> = {
      gtranslate: 'gtranslate',
      translatepress: 'trp-language-switcher',
      weglot: 'weglot-container',
      'google-language-translator': 'google_language_translator',
    };
    for (const [name, marker] of Object.entries(markers)) {
      if ((plugin === name) !== html.includes(marker)) say(`plugin marker ${marker} ${plugin === name ? 'missing' : 'unexpected'}`);
    }
  }
  for (const p of problems) console.error(p);
  console.log(`${manifest.length} pages checked, ${problems.length} problems`);
  if (problems.length) process.exitCode = 1;
}

main();
