package io.interviews.stage.code;

/**
 * A fenced code block (``` or ~~~) in an answer.
 *
 * @param start    offset of the opening fence's line in the answer
 * @param end      offset just after the closing fence (or the end of the answer if it was never closed)
 * @param language what the fence's info string or, without one, the code itself says
 * @param code     the block's lines without the fences, dedented: the indentation all lines share is removed,
 *                 so a block pasted with every line indented runs as written
 */
public record CodeBlock(int start, int end, SnippetLanguage language, String code) {

    /** The block exactly as it stands in the answer, fences and indentation included. */
    public String verbatim(String answer) {
        return answer.substring(start, end);
    }
}
