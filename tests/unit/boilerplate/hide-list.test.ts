import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseSnapshot, takeSnapshot } from '@/lib/dom/snapshot';
import { findBoilerplate } from '@/lib/boilerplate/classify';
import { DEFAULT_CLEANUP_KINDS } from '@/lib/boilerplate/cleanup';
import { HIDDEN_ATTRIBUTE, restorePage } from '@/lib/boilerplate/hidden';
import { applyHideList, hideListFor, type HideList } from '@/lib/boilerplate/hide-list';
import { articlePage, fixture } from '../helpers';

function livePage(html: string): Document {
  return new JSDOM(html, { url: 'https://news.example/story/' }).window.document;
}

/** What the analysis host answers for the page as it is now. */
function hideListOf(live: Document): HideList {
  const parsed = parseSnapshot(takeSnapshot(live), new new JSDOM('').window.DOMParser());
  return hideListFor(parsed, findBoilerplate(parsed, { kinds: DEFAULT_CLEANUP_KINDS }));
}

/** The page never gets a turn between two items: the whole list as if in one pass. */
const AT_ONCE = { pause: async () => undefined };

const hidden = (doc: Document) => Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`));
const PAGE = articlePage(
  '',
  '<div class="related-posts" id="related"><h3>Related posts</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And one more</a></li></ul></div>' +
    '<div class="share-buttons" id="share"><a href="https://facebook.com/sharer">Share on Facebook</a><a href="https://twitter.com/share">Tweet</a></div>',
);

describe('hide list', () => {
  it('hides on the live page what the analysis found on its snapshot, and restore brings back exactly the page', async () => {
    const live = livePage(fixture('seed/kazakhstan-wordpress.html'));
    const before = live.documentElement.outerHTML;
    const direct = findBoilerplate(live, { kinds: DEFAULT_CLEANUP_KINDS }).map((match) => match.element);
    const list = hideListOf(live);
    let pauses = 0;
    // The page's turn between each two items.
    const outcome = await applyHideList(live, list, { pause: async () => void pauses++ });
    expect(outcome).toEqual({ hidden: list.items.length, changed: 0 });
    expect(pauses).toBe(list.items.length - 1);
    expect(hidden(live)).toEqual(direct);
    expect(direct.length).toBeGreaterThan(3);
    restorePage(live);
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('leaves alone a block whose text changed between the snapshot and the answer, and hides the rest', async () => {
    const live = livePage(PAGE);
    const list = hideListOf(live);
    live.querySelector('#related li a')!.textContent = 'A story the page changed meanwhile';
    const outcome = await applyHideList(live, list, AT_ONCE);
    expect(outcome.changed).toBe(1);
    expect(live.getElementById('related')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(live.getElementById('share')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
  });

  it('finds its blocks when the page inserted elements above them in the meantime', async () => {
    const live = livePage(PAGE);
    const list = hideListOf(live);
    const banner = live.createElement('div');
    banner.innerHTML = '<p>Breaking: <b>news</b></p><p>More</p>';
    live.body.prepend(banner);
    const outcome = await applyHideList(live, list, AT_ONCE);
    expect(outcome.changed).toBe(0);
    expect(hidden(live).map((element) => element.id)).toEqual(['related', 'share']);
    expect(banner.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });

  it('does not hide another element that took a block’s place', async () => {
    const live = livePage(PAGE);
    const list = hideListOf(live);
    const related = live.getElementById('related')!;
    const stand_in = live.createElement('div');
    stand_in.innerHTML = '<p>The page replaced the box with its own text.</p>';
    related.replaceWith(stand_in);
    await applyHideList(live, list, AT_ONCE);
    expect(stand_in.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(live.querySelector('article')!.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  describe('in slices', () => {
    it('leaves alone a block the page changed between two slices', async () => {
      const live = livePage(PAGE);
      const list = hideListOf(live);
      const outcome = await applyHideList(live, list, {
        // The page's turn after the first block: it rewrites the share bar before it is reached.
        pause: async () => void (live.querySelector('#share a')!.textContent = 'Changed meanwhile'),
      });
      expect(outcome).toEqual({ hidden: 1, changed: 1 });
      expect(hidden(live).map((element) => element.id)).toEqual(['related']);
    });

    it('stops when the page was shown again meanwhile', async () => {
      const live = livePage(PAGE);
      const list = hideListOf(live);
      let shown = false;
      const outcome = await applyHideList(live, list, { pause: async () => void (shown = true), stopped: () => shown });
      expect(outcome.hidden).toBe(1);
      expect(hidden(live).map((element) => element.id)).toEqual(['related']);
    });
  });
});
