// Regenerates lib/language/iso639-3-to-1.json: the ISO 639-1 code of every
// language franc can return (franc speaks ISO 639-3; reports speak 639-1).
// Run after upgrading franc: node scripts/gen-iso639.mjs
import { writeFileSync } from 'node:fs';
import { data } from 'franc/data.js';
import { iso6393 } from 'iso-639-3';

const francCodes = new Set(Object.values(data).flatMap((script) => Object.keys(script)));
// Languages franc identifies from their script alone (no trigram table).
for (const code of [
  'cmn',
  'jpn',
  'kor',
  'ell',
  'heb',
  'kat',
  'hye',
  'tha',
  'khm',
  'lao',
  'mya',
  'sin',
  'tam',
  'tel',
  'kan',
  'mal',
  'guj',
  'pan',
  'ori',
  'bod',
  'amh',
])
  francCodes.add(code);
const map = {};
for (const language of iso6393) {
  if (francCodes.has(language.iso6393) && language.iso6391) map[language.iso6393] = language.iso6391;
}
map.cmn = 'zh';
// franc takes short English news paragraphs for Scots far more often than a
// news page is written in Scots: read it as English.
map.sco = 'en';
writeFileSync(new URL('../lib/language/iso639-3-to-1.json', import.meta.url), JSON.stringify(map, null, 1) + '\n');
console.log(Object.keys(map).length, 'codes');
