/** A page of about `elements` elements: an article, and related/share boxes between its sections, as news pages have. */
export function syntheticPage(elements: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let index = 0; count < elements - 10; index++) {
    if (index % 50 === 49) {
      parts.push(
        `<div class="related-posts"><h3>Related posts</h3><ul><li><a href="/r/${index}">Another report ${index}</a></li><li><a href="/s/${index}">One more</a></li></ul></div>`,
      );
      count += 6;
    } else {
      parts.push(
        `<p>Paragraph ${index}: the council met again on Tuesday and the mayor said the budget would grow by ${index % 9} percent. <a href="/n/${index}">Notes</a></p>`,
      );
      count += 2;
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic page of ${elements} elements</title></head><body><main><article><h1>Synthetic page</h1>${parts.join('\n')}</article></main><div class="share-buttons"><a href="https://facebook.com/sharer">Share on Facebook</a></div></body></html>`;
}
