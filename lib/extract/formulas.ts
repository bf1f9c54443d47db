/**
 * Formulas are article text. MathJax wraps each MathML formula in elements
 * whose class names ("MathJax CtxtMenu_Attached_0") read as a menu to
 * Readability 0.6's unlikely-candidate test, which then deletes every
 * formula of the page (its later versions let "mathjax" through; 0.6 is the
 * newest release). A wrapper that holds nothing but a formula loses its class
 * and id in our clone, so no class-name guess can drop it; the reader strips
 * classes anyway.
 */

/** Strips class and id from the elements of `doc` that only wrap a MathML formula. */
export function keepFormulas(doc: Document): number {
  let changed = 0;
  const body = doc.body;
  if (!body) return 0;
  for (const formula of Array.from(body.getElementsByTagName('math'))) {
    const text = (formula.textContent ?? '').replace(/\s+/g, '');
    for (let wrapper = formula.parentElement; wrapper && wrapper !== body; wrapper = wrapper.parentElement) {
      // Up to the first element that holds more than the formula (the paragraph or the article).
      if ((wrapper.textContent ?? '').replace(/\s+/g, '') !== text) break;
      if (wrapper.hasAttribute('class') || wrapper.hasAttribute('id')) {
        wrapper.removeAttribute('class');
        wrapper.removeAttribute('id');
        changed++;
      }
    }
  }
  return changed;
}
