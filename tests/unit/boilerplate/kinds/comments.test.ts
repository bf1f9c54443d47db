import { describe, expect, it } from 'vitest';
import { classify, PROSE } from './find';

const WORDPRESS_COMMENTS = `
<div id="t" class="comments-area">
  <h2 class="comments-title">2 thoughts on “Story”</h2>
  <ol class="comment-list"><li class="comment">Great piece, thanks.</li><li class="comment">The bridge has been unsafe for years.</li></ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
    <form action="/wp-comments-post.php" id="commentform"><textarea name="comment"></textarea><input type="email" name="email"></form>
  </div>
</div>`;

describe('comment sections', () => {
  it('finds a WordPress comments area as one block', () => {
    const result = classify('', WORDPRESS_COMMENTS);
    expect(result.kindOf('t')).toBe('comments');
    expect(result.matches.filter((match) => match.kind === 'comments')).toHaveLength(1);
    expect(result.touchesArticle()).toBe(false);
  });

  it('finds an empty Disqus thread', () => {
    expect(classify('', '<div id="disqus_thread"></div>').kindOf('disqus_thread')).toBe('comments');
  });

  it.each([
    ['English', 'Comments'],
    ['German', 'Kommentare'],
    ['Polish', 'Komentarze'],
    ['Russian', 'Комментарии'],
  ])('finds a %s "%s" heading over a list of comments', (_language, heading) => {
    const result = classify('', `<section id="t"><h2>${heading}</h2><ul><li>Anna: Well said.</li><li>Jan: I disagree.</li></ul></section>`);
    expect(result.kindOf('t')).toBe('comments');
  });

  // After holzwerken.net (development half of the trafilatura evaluation set): the box is titled with its count.
  it('finds a comment box titled with its count ("3 Kommentare") that holds a reply field', () => {
    const result = classify(
      '',
      `<div id="t"><div><h3>3 Kommentare</h3><p>Sie sind aktuell nicht eingeloggt.</p><p>Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.</p></div><div><p>Unbekannter Nutzer</p><p>Du bist der Beste!</p><textarea></textarea></div></div>`,
    );
    expect(result.kindOf('t')).toBe('comments');
  });

  it('leaves a paragraph of the story that opens with a number and the word', () => {
    const result = classify(`<p id="t">12 comments on the plan reached the council before ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });

  it('does not take a "12 comments" byline link for a comments block', () => {
    const result = classify('<span id="t" class="comments-link"><a href="#comments">12 comments</a></span>');
    expect(result.kindOf('t')).toBeNull();
    expect(result.matches).toHaveLength(0);
  });

  it('leaves a paragraph that starts with "Comments" but is prose', () => {
    const result = classify(`<p id="t">Comments by the mayor on Tuesday drew criticism after ${PROSE}</p>`);
    expect(result.kindOf('t')).toBeNull();
  });

  it('leaves the entries of a live match ticker (French "live-match-comment"), which are the report itself', () => {
    const entries = ['90e : terminé au Moustoir ! Lorient a tenu bon jusqu’au bout.', '45e : le coup de pied de coin ne donne rien.']
      .map((entry, index) => `<div id="t${index}" class="live-match-comment slider-ele left"><p>${entry} ${PROSE}</p></div>`)
      .join('');
    const result = classify(entries);
    expect(result.kindOf('t0')).toBeNull();
    expect(result.kindOf('t1')).toBeNull();
  });
});
