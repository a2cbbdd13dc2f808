package io.interviews.stage.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the fenced code blocks of an answer. Candidates paste code from chat windows and editors with every line
 * indented, the fences included; a block is found wherever its fence stands and its code is dedented, so that
 * Python keeps its meaning (the seed system crashed on exactly such a block).
 */
public final class CodeBlocks {

    private CodeBlocks() {
    }

    public static List<CodeBlock> in(String answer) {
        List<CodeBlock> blocks = new ArrayList<>();
        List<int[]> lines = lines(answer);
        int i = 0;
        while (i < lines.size()) {
            String line = text(answer, lines.get(i));
            String fence = openingFence(line);
            if (fence == null) {
                i++;
                continue;
            }
            String info = line.stripLeading().substring(fence.length());
            int start = lines.get(i)[0];
            List<String> code = new ArrayList<>();
            int end = answer.length();
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String candidate = text(answer, lines.get(j));
                if (closes(candidate, fence)) {
                    end = lines.get(j)[1];
                    break;
                }
                code.add(candidate);
            }
            String dedented = dedent(code);
            blocks.add(new CodeBlock(start, end, SnippetLanguage.of(info, dedented), dedented));
            i = j + 1;
        }
        return blocks;
    }

    /** Removes the leading whitespace all non-blank lines share, and blank lines at either end. */
    public static String dedent(List<String> lines) {
        String common = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            common = common == null ? indent : commonPrefix(common, indent);
        }
        int prefix = common == null ? 0 : common.length();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(prefix).stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    private static String openingFence(String line) {
        String trimmed = line.stripLeading();
        for (char c : new char[] {'`', '~'}) {
            int n = 0;
            while (n < trimmed.length() && trimmed.charAt(n) == c) {
                n++;
            }
            if (n >= 3 && trimmed.indexOf('`', n) < 0) {
                return trimmed.substring(0, n);
            }
        }
        return null;
    }

    private static boolean closes(String line, String fence) {
        String trimmed = line.strip();
        return trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }

    /** [start, end) of each line, the end excluding the line break. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return lines;
    }

    private static String text(String answer, int[] line) {
        return answer.substring(line[0], line[1]);
    }
}
