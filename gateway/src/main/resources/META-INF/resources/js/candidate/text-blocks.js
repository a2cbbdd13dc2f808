// Shows plain text with code: lines between two ``` fences become a fixed-width code block, the rest paragraphs.
// Built from text nodes only, so nothing a candidate types is ever read as HTML.

/** Replaces the container's content with the text's paragraphs and code blocks. */
export function showTextWithCode(container, text) {
  container.replaceChildren(...blocksOf(text).map(toElement));
}

function blocksOf(text) {
  const blocks = [];
  let code = null;
  let prose = [];
  const endProse = () => {
    const paragraph = prose.join('\n').trim();
    if (paragraph) {
      blocks.push({ code: false, text: paragraph });
    }
    prose = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trimStart().startsWith('```')) {
      if (code === null) {
        endProse();
        code = [];
      } else {
        blocks.push({ code: true, text: code.join('\n') });
        code = null;
      }
    } else if (code !== null) {
      code.push(line);
    } else if (line.trim() === '') {
      endProse();
    } else {
      prose.push(line);
    }
  }
  if (code !== null) {
    blocks.push({ code: true, text: code.join('\n') }); // a fence not closed yet, as while typing
  }
  endProse();
  return blocks;
}

function toElement(block) {
  if (!block.code) {
    const paragraph = document.createElement('p');
    paragraph.textContent = block.text;
    return paragraph;
  }
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = block.text;
  pre.append(code);
  pre.tabIndex = 0; // a long line scrolls sideways: reachable by keyboard
  return pre;
}
