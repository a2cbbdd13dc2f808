// An answer's size as the API measures it (gateway README, "Answer size"): its characters as Unicode code points,
// and its bytes as it travels in events, UTF-8 and JSON-escaped. JSON.stringify escapes exactly what the server's
// Jackson JsonStringEncoder escapes (a quote, a backslash, a control character), so its UTF-8 length less the two
// quotes is the server's count.

const utf8 = new TextEncoder();

/** The bytes the API counts for an answer. */
export function answerBytes(text) {
  return utf8.encode(JSON.stringify(text)).length - 2;
}

/**
 * How much of the allowed size an answer uses, against both limits ({ maxCharacters, maxBytes }): share is the
 * larger of the two shares (1: exactly full), over the number of characters to cut from its end for it to fit (0
 * when it fits).
 */
export function measureAnswer(text, { maxCharacters, maxBytes }) {
  const characters = [...text];
  let count = characters.length;
  let bytes = answerBytes(text);
  const share = Math.max(count / maxCharacters, bytes / maxBytes);
  let over = 0;
  while (count > maxCharacters || bytes > maxBytes) {
    count -= 1;
    bytes -= answerBytes(characters[count]);
    over += 1;
  }
  return { share, over };
}

/**
 * The longest answers that fit, of one-byte letters and of three-byte Chinese characters: what "the maximum length"
 * means to a candidate.
 */
export function longestAnswers({ maxCharacters, maxBytes }) {
  return { letters: Math.min(maxCharacters, maxBytes), chinese: Math.min(maxCharacters, Math.floor(maxBytes / 3)) };
}
