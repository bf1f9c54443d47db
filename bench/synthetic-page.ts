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

/** Issue 14's enormous pages: 500,000 elements, and an article followed by one 50 MB text node. */
export function hostilePages(): Array<{ id: string; html: string }> {
  const sentence = 'The council said on Tuesday that the harbour would reopen next spring, after the repairs were finished. ';
  const article = `<article><h1>Harbour budget</h1>${`<p>${sentence.repeat(4)}</p>`.repeat(6)}</article>`;
  return [
    { id: 'hostile/500000-elements', html: syntheticPage(500_000) },
    {
      id: 'hostile/50MB-text-node',
      html: `<!doctype html><html lang="en"><head><title>Harbour budget</title></head><body>${article}<div>${sentence.repeat(Math.ceil(50e6 / sentence.length))}</div></body></html>`,
    },
  ];
}

/** The element counts of `--scale 1000,10000`: a typo is an error, not a silently smaller run. */
export function scaleSizes(argument: string | undefined): number[] {
  const sizes = (argument ?? '').split(',').filter((part) => part.trim() !== '');
  const bad = sizes.filter((part) => !/^\d+$/.test(part.trim()));
  if (bad.length) {
    console.error(`--scale takes element counts separated by commas (such as 1000,10000), not "${bad.join(',')}".`);
    process.exit(2);
  }
  return sizes.map(Number).filter((value) => value > 0);
}
