import { describe, expect, it } from 'vitest';
import { keepClean } from '@/lib/boilerplate/keep-clean';
import { HIDDEN_ATTRIBUTE, restorePage } from '@/lib/boilerplate/cleanup';
import { articlePage, documentFrom } from '../helpers';

const hidden = (doc: Document, id: string) => !!doc.getElementById(id)?.closest(`[${HIDDEN_ATTRIBUTE}]`);
const nextMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepClean', () => {
  it('hides a comment section that a script inserts after the first cleanup', async () => {
    const doc = documentFrom(articlePage('', '<div id="late"></div>'));
    const handle = keepClean(doc);
    const section = doc.createElement('div');
    section.id = 'comments';
    section.className = 'comments-area';
    section.innerHTML = '<h3>Leave a Reply</h3><form action="/wp-comments-post.php"><textarea name="comment"></textarea></form>';
    doc.getElementById('late')!.appendChild(section);
    await nextMutations();
    handle.flush();
    expect(hidden(doc, 'comments')).toBe(true);
    expect(doc.querySelector('.entry-content')!.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    handle.stop();
  });

  it('hides a container that was empty at first once a script fills it', async () => {
    const doc = documentFrom(articlePage('', '<div id="disqus_thread" class="comments"></div>'));
    const handle = keepClean(doc);
    expect(hidden(doc, 'disqus_thread')).toBe(true); // Disqus threads are known by id, empty or not.
    restorePage(doc);
    handle.stop();

    const doc2 = documentFrom(articlePage('', '<section id="talk" class="comments"></section>'));
    const handle2 = keepClean(doc2);
    expect(hidden(doc2, 'talk')).toBe(false);
    const list = doc2.createElement('ol');
    list.innerHTML = '<li>First! What a story this is, I cannot believe the council did that.</li><li>Agreed, shocking decision.</li>';
    doc2.getElementById('talk')!.appendChild(list);
    await nextMutations();
    handle2.flush();
    expect(hidden(doc2, 'talk')).toBe(true);
    handle2.stop();
  });

  it('applies the site rule’s selectors to late content, and its keep-selectors win', async () => {
    const doc = documentFrom(articlePage('', '<div id="feed"></div>'));
    const handle = keepClean(doc, { removeSelectors: ['.teaser'], keepSelectors: ['.teaser.keep'] });
    doc.getElementById('feed')!.innerHTML = '<div id="t1" class="teaser">More news</div><div id="t2" class="teaser keep">Keep me</div>';
    await nextMutations();
    handle.flush();
    expect(hidden(doc, 't1')).toBe(true);
    expect(hidden(doc, 't2')).toBe(false);
    handle.stop();
  });

  it('stops watching when stopped', async () => {
    const doc = documentFrom(articlePage('', '<div id="late"></div>'));
    const handle = keepClean(doc);
    handle.stop();
    doc.getElementById('late')!.innerHTML =
      '<div id="c" class="comments-area"><form action="/wp-comments-post.php"><textarea name="comment"></textarea></form></div>';
    await nextMutations();
    handle.flush();
    expect(hidden(doc, 'c')).toBe(false);
  });

  it('leaves new article paragraphs visible', async () => {
    const doc = documentFrom(articlePage(''));
    const handle = keepClean(doc);
    const paragraph = doc.createElement('p');
    paragraph.id = 'more';
    paragraph.textContent = 'A paragraph loaded later, continuing the story with several more sentences of plain prose.';
    doc.querySelector('.entry-content')!.appendChild(paragraph);
    await nextMutations();
    handle.flush();
    expect(hidden(doc, 'more')).toBe(false);
    handle.stop();
  });
});
