/** The CLI as other tools use it: a subprocess, JSON lines on stdout, messages on stderr. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

const SEED = `${FIXTURES}seed/kazakhstan-wordpress.html`;

function analyze(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { encoding: 'utf8', input, timeout: 150_000 });
  const lines = result.stdout.split('\n').filter(Boolean);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

// Each case starts Node and tsx afresh: 5-10 s on an idle machine, past vitest's 30 s default when the machine is shared.
describe('npm run analyze', { timeout: 180_000 }, () => {
  it('prints one JSON object per page with the public fields', () => {
    const { status, lines } = analyze(['--json', SEED]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['input', 'url', 'mt', 'language', 'article', 'removed', 'flags']));
    expect(report.input).toBe(SEED);
    expect(report.url).toBe('https://worldnewsdaily.example/2022/01/14/peacekeeping-has-completed-its-mission-in-kazakhstan/');
    expect(report.mt).toMatchObject({ verdict: 'machine-translated', sourceLanguage: 'pl' });
    expect(Object.keys(report.article)).toEqual(expect.arrayContaining(['title', 'byline', 'published', 'siteName', 'text', 'html']));
    expect(report.flags.map((flag: { text: string }) => flag.text)).toContain('Kasym-Żomart');
  });

  it('takes --url over the page’s canonical address', () => {
    const { lines } = analyze(['--json', '--url', 'https://copy.example/a/', SEED]);
    expect(JSON.parse(lines[0]!).url).toBe('https://copy.example/a/');
  });

  it('analyses every page of a directory in one run, and reports bad inputs without stopping', () => {
    const directory = mkdtempSync(join(tmpdir(), 'unspun-cli-'));
    copyFileSync(SEED, join(directory, 'a-seed.html'));
    copyFileSync(`${FIXTURES}human/ars-1.html`, join(directory, 'b-ars.html'));
    writeFileSync(join(directory, 'c-empty.html'), '');
    writeFileSync(join(directory, 'd-binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const { status, lines, stderr } = analyze(['--json', directory, join(directory, 'missing.html')]);
    expect(status).not.toBe(0);
    expect(lines.map((line) => JSON.parse(line).mt.verdict)).toEqual(['machine-translated', 'human']);
    expect(stderr).toMatch(/c-empty\.html: the input is empty/);
    expect(stderr).toMatch(/d-binary\.html: this does not look like an HTML page/);
    expect(stderr).toMatch(/missing\.html: no such file or directory/);
  });

  it('analyses plain text with --text: detection and flags with offsets into the input', () => {
    const text = 'President Kasym-Żomart Tokayev met Sergei Shoygu. – We are done, said Putin. A reporter on a vision shouted [WIDEO].';
    const { status, lines } = analyze(['--json', '--text', '-'], text);
    expect(status).toBe(0);
    const report = JSON.parse(lines[0]!);
    expect(report).not.toHaveProperty('article');
    expect(report).not.toHaveProperty('removed');
    expect(report.input).toBe('-');
    for (const flag of report.flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);
    expect(report.flags.map((flag: { text: string }) => flag.text)).toEqual(
      expect.arrayContaining(['Kasym-Żomart', 'on a vision', '[WIDEO]']),
    );
  });

  it('reads a page whole unless asked to keep to the extension budget, and then says what it left out', { timeout: 180_000 }, () => {
    const directory = mkdtempSync(join(tmpdir(), 'unspun-cli-'));
    const page = join(directory, 'huge.html');
    const paragraph = '<p>The council said on Tuesday that the harbour would reopen next spring, after the repairs.</p>';
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><article>${paragraph.repeat(40)}</article><script>/* ${'x'.repeat(400_000)} */</script></body></html>`,
    );
    const whole = JSON.parse(analyze(['--json', page]).lines[0]!);
    expect(whole.partial).toBeUndefined();
    const budgeted = analyze(['--json', '--budget', page]);
    expect(budgeted.status).toBe(0);
    const report = JSON.parse(budgeted.lines[0]!);
    expect(report.partial.reasons).toEqual(
      expect.arrayContaining(['The page holds a text of 400,006 characters in one piece: only its first 300,000 were read.']),
    );
    expect(report.mt).toEqual(whole.mt);
    expect(report.article).toEqual(whole.article);
  });

  it('prints a readable report without --json', () => {
    const { stdout } = analyze([SEED]);
    expect(stdout).toMatch(/Verdict: +machine-translated \(score 0\.\d\d, probably from Polish\)/);
    expect(stdout).toMatch(/Removed: +\d+ blocks \(.*promo ×2/);
  });

  it('refuses unknown options with the usage', () => {
    const { status, stderr } = analyze(['--frobnicate', SEED]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown option --frobnicate/);
    expect(stderr).toMatch(/Usage:/);
  });
});
