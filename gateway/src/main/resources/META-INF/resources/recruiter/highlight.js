// Evidence quotes highlighted in an answer. Candidates are hostile: the answer goes into the page only as text
// nodes and <mark> elements filled with textContent, never as markup.

/** A pattern for a quote that, like the scoring's evidence check, lets any run of whitespace stand for another. */
function quotePattern(quote) {
  const words = quote.trim().split(/\s+/).filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length ? new RegExp(words.join('\\s+'), 'gu') : null;
}

/** Where the quotes occur in `answer`, overlapping ones merged, each with the dimensions that quoted it. */
export function evidenceRanges(answer, evidence) {
  const found = [];
  for (const {quote, dimension} of evidence) {
    const pattern = quotePattern(quote);
    if (!pattern) {
      continue;
    }
    for (const match of answer.matchAll(pattern)) {
      found.push({start: match.index, end: match.index + match[0].length, dimensions: new Set([dimension])});
    }
  }
  found.sort((a, b) => a.start - b.start);
  const merged = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      range.dimensions.forEach((dimension) => last.dimensions.add(dimension));
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** The answer as a fragment of text nodes with the evidence in <mark> elements titled by their dimensions. */
export function highlightedAnswer(answer, evidence) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const range of evidenceRanges(answer, evidence)) {
    fragment.appendChild(document.createTextNode(answer.slice(at, range.start)));
    const mark = document.createElement('mark');
    mark.textContent = answer.slice(range.start, range.end);
    mark.title = `Evidence for ${[...range.dimensions].join(', ')}`;
    fragment.appendChild(mark);
    at = range.end;
  }
  fragment.appendChild(document.createTextNode(answer.slice(at)));
  return fragment;
}
