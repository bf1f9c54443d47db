/**
 * Why a report or a cleanup covers only part of the page (lib/analysis-budget.ts),
 * in the interface's language: the JSON keeps its English `reasons` and adds
 * their wordings, which the reader and popup show in Polish in a Polish browser.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzePage } from '@/lib/analyze';
import { AnalysisClock, cleanupLateReason, elementsReason, EXTENSION_BUDGET, type AnalysisBudget } from '@/lib/analysis-budget';
import { partialOf } from '@/lib/partial-report';
import { PartialStatus } from '@/components/PartialStatus';
import { useMessages } from './fake-messages';

const paragraphs = Array.from(
  { length: 60 },
  (_, index) => `<p>Paragraph ${index}: the council said on Tuesday that the harbour would reopen next spring.</p>`,
).join('');
const html = `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><main><article><h1>Harbour</h1>${paragraphs}</article></main></body></html>`;

/** A report whose snapshot's parse took half the budget: the analysis is hurried and says so. */
function hurriedReport() {
  let now = 0;
  const budget: AnalysisBudget = {
    ms: 5000,
    maxTextChars: 1e9,
    maxElements: 1e9,
    maxReaderElements: 1e9,
    maxAnalysisElements: 1e9,
    maxAnalysisChars: 1e9,
    hurry: { share: 0.4, readerShare: 0.6, elements: 20, chars: 1e9 },
    now: () => now,
  };
  const clock = new AnalysisClock(budget);
  now += 2500;
  const dom = new JSDOM(html, { url: 'https://news.example/story/' });
  return analyzePage(dom.window.document, { window: dom.window as never, budget, clock });
}

function shown(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root.firstElementChild as HTMLElement;
}

const spaced = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe('why a report or a cleanup is partial, in the interface’s language', () => {
  it('keeps the English reasons in the JSON and adds one wording for each', () => {
    const report = hurriedReport();
    expect(report.partial?.reasons).toEqual([
      'The page was analysed only as far as its first 20 elements (of 63): reading the page was slow, and the report is due within 5 s.',
    ]);
    expect(report.partial?.reasonsWording?.map((wording) => wording.id)).toEqual(['budget_analysedHurried']);
  });

  it('shows a hurried report’s reason in Polish, with Polish numbers', () => {
    useMessages('pl');
    const status = shown(<PartialStatus partial={hurriedReport().partial!} of="report" testId="partial" />);
    expect(spaced(status.textContent)).toBe(
      'Ten raport jest niepełny. Przeanalizowano tylko początek strony (20 z 63 elementów): czytanie strony trwało długo, a raport ma być gotowy w ciągu 5 s.',
    );
    expect(status.querySelector('[lang="en"]')).toBeNull();
  });

  it('shows why a cleanup stopped, in Polish', () => {
    useMessages('pl');
    const partial = partialOf([elementsReason(50_000, 504_802), cleanupLateReason(EXTENSION_BUDGET, 41_741, 50_000)])!;
    expect(partial.reasons[1]).toBe(
      'Boilerplate was looked for only in the first 41,741 elements of the page (of 50,000): the cleanup is due within 5 s. The rest of the page is shown as it is.',
    );
    const status = shown(<PartialStatus partial={partial} of="cleanup" testId="clean-partial" />);
    expect(spaced(status.textContent)).toBe(
      'Oczyszczono tylko część tej strony. Strona jest bardzo duża: przeczytano tylko jej początek, 50 000 z 504 802 elementów. ' +
        'Zbędnych bloków szukano tylko na początku strony (41 741 z 50 000 elementów), bo porządki mają się zakończyć w ciągu 5 s. Dalsza część strony jest pokazana bez zmian.',
    );
  });

  it('shows an older report’s reasons, which have no wordings, in English marked as English', () => {
    useMessages('pl');
    const status = shown(<PartialStatus partial={{ reasons: ['The page is very large.'] }} of="report" testId="partial" />);
    expect(status.querySelector('[lang="en"]')?.textContent).toBe(' The page is very large.');
    expect(status.textContent).toContain('Ten raport jest niepełny.');
  });
});
