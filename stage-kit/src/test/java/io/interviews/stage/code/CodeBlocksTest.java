package io.interviews.stage.code;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeBlocksTest {

    /** How the seed system's log shows a candidate's answer: the whole block, fences included, indented. */
    static final String SEED_ANSWER = """
            I would pick k from the spread of the scores:
                ```python
                class DynamicTopKSelector:
                    \"""Chooses how many retrieved chunks to keep from their score spread.\"""

                    def __init__(self, base_k=5, max_k=10, threshold_factor=0.7):
                        self.base_k = base_k
                        self.max_k = max_k
                        self.threshold_factor = threshold_factor

                    def select(self, scores):
                        if not scores:
                            return []
                        ranked = sorted(scores, reverse=True)
                        cutoff = ranked[0] * self.threshold_factor
                        k = max(self.base_k, sum(1 for s in ranked if s >= cutoff))
                        return ranked[:min(k, self.max_k)]

                print(DynamicTopKSelector(base_k=2).select([0.9, 0.85, 0.4, 0.8, 0.1]))
                ```
            It keeps at least base_k and at most max_k results.""";

    @Test
    void indentedBlockIsFoundAndDedentedToValidPython() {
        List<CodeBlock> blocks = CodeBlocks.in(SEED_ANSWER);

        assertEquals(1, blocks.size());
        CodeBlock block = blocks.get(0);
        assertEquals(SnippetLanguage.PYTHON, block.language());
        assertTrue(block.code().startsWith("class DynamicTopKSelector:\n    \"\"\"Chooses"), block.code());
        assertTrue(block.code().contains("\n        self.base_k = base_k\n"), "relative indentation is kept");
        assertTrue(block.code().endsWith("print(DynamicTopKSelector(base_k=2).select([0.9, 0.85, 0.4, 0.8, 0.1]))"));
        assertTrue(block.verbatim(SEED_ANSWER).startsWith("    ```python") && block.verbatim(SEED_ANSWER).endsWith("```"));
    }

    @Test
    void languageComesFromTheFenceOrFromTheCode() {
        String answer = "```java\nint x = 1;\n```\n```\ndef f(x):\n    return x\n```\n```\nSystem.out.println(1);\n```\n```sql\nselect 1;\n```";

        assertEquals(List.of(SnippetLanguage.JAVA, SnippetLanguage.PYTHON, SnippetLanguage.JAVA, SnippetLanguage.OTHER),
                CodeBlocks.in(answer).stream().map(CodeBlock::language).toList());
    }

    @Test
    void unclosedFenceRunsToTheEndAndTildesFenceToo() {
        assertEquals("print(1)", CodeBlocks.in("Here:\n```python\nprint(1)\n").get(0).code());
        assertEquals("print(2)", CodeBlocks.in("~~~python\r\n  print(2)\r\n~~~\r\n").get(0).code());
    }

    @Test
    void proseWithoutFencesHasNoBlocks() {
        assertEquals(List.of(), CodeBlocks.in("I would use a `Counter` and a heap; ``` is not a fence here ```."));
    }
}
