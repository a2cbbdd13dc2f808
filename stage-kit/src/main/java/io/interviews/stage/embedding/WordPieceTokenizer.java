package io.interviews.stage.embedding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BERT's tokenizer, as the bge models' {@code tokenizer.json} configures it: clean the text, optionally lowercase and
 * strip accents, split on whitespace and punctuation, then cut each word into the longest vocabulary pieces
 * ({@code ##} marks a piece that continues a word). A word that cannot be cut is {@link #UNKNOWN}. BERT puts every
 * CJK character apart; a vocabulary that also holds Chinese words (several CJK characters, as a distilled table may)
 * gets each run of CJK characters cut into its longest words from the left, single characters where no word fits.
 * Pure Java, microseconds per answer.
 */
public final class WordPieceTokenizer {

    /** The id returned for a word the vocabulary cannot spell. */
    public static final int UNKNOWN = -1;

    private static final String CONTINUATION = "##";
    private static final int MAX_WORD_CHARS = 100;

    private final List<String> pieces;
    /**
     * Open addressing over {@link #pieces}: piece id + 1 in the slot its hash leads to, 0 where empty; at most half the
     * slots are used. 4 bytes a slot, where a {@code HashMap<String, Integer>} spends a 32-byte node and a boxed id
     * per piece (about 5 MB for the 100,000 pieces of the shipped tables).
     */
    private final int[] slots;
    private final boolean lowercase;
    /** The most CJK characters in one vocabulary piece: 1 for BERT's own vocabularies. */
    private final int longestCjkWord;

    /** {@code pieces}: the vocabulary, a piece's index being its id. */
    public WordPieceTokenizer(List<String> pieces, boolean lowercase) {
        this.pieces = List.copyOf(pieces);
        this.slots = new int[Integer.highestOneBit(Math.max(1, pieces.size())) << 2];
        for (int id = 0; id < pieces.size(); id++) {
            slots[slotOf(pieces.get(id))] = id + 1; // a repeated piece keeps its last id
        }
        this.lowercase = lowercase;
        this.longestCjkWord = pieces.stream().filter(WordPieceTokenizer::isCjkWord)
                .mapToInt(piece -> piece.codePointCount(0, piece.length())).max().orElse(1);
    }

    /** The slot that holds {@code piece}, or the empty slot where it would go. */
    private int slotOf(String piece) {
        int mask = slots.length - 1;
        int hash = piece.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (slots[slot] != 0 && !pieces.get(slots[slot] - 1).equals(piece)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The id of {@code piece}, or {@link #UNKNOWN} when the vocabulary does not hold it. */
    private int idOf(String piece) {
        int entry = slots[slotOf(piece)];
        return entry == 0 ? UNKNOWN : entry - 1;
    }

    private static boolean isCjkWord(String piece) {
        return !piece.isEmpty() && piece.codePoints().allMatch(WordPieceTokenizer::isCjk);
    }

    /** The ids of the text's pieces, in order, without the model's special tokens. */
    public List<Integer> ids(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : words(normalize(text))) {
            if (isCjk(word.codePointAt(0))) {
                addCjkWords(word, ids);
            } else {
                addPieces(word, ids);
            }
        }
        return ids;
    }

    private String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                out.append(' ');
            } else if (isCjk(cp)) {
                // a run of CJK characters stays together, apart from the rest
                int last = out.isEmpty() ? ' ' : out.codePointBefore(out.length());
                if (!isCjk(last)) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
            } else {
                if (!out.isEmpty() && isCjk(out.codePointBefore(out.length()))) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
            }
        });
        if (!lowercase) {
            return out.toString();
        }
        String decomposed = Normalizer.normalize(out.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(stripped::appendCodePoint);
        return stripped.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                flush(word, words);
            } else if (isPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** A run of CJK characters: the longest vocabulary word at each place, from the left (a character is a word). */
    private void addCjkWords(String run, List<Integer> ids) {
        int[] characters = run.codePoints().toArray();
        int start = 0;
        while (start < characters.length) {
            int length = Math.min(longestCjkWord, characters.length - start);
            int piece = UNKNOWN;
            for (; length > 1; length--) {
                piece = idOf(new String(characters, start, length));
                if (piece != UNKNOWN) {
                    break;
                }
            }
            if (piece == UNKNOWN) {
                piece = idOf(new String(characters, start, 1));
            }
            ids.add(piece);
            start += Math.max(1, length);
        }
    }

    private void addPieces(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            ids.add(UNKNOWN);
            return;
        }
        int size = ids.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            int piece = UNKNOWN;
            while (end > start) {
                String candidate = start == 0 ? word.substring(start, end) : CONTINUATION + word.substring(start, end);
                piece = idOf(candidate);
                if (piece != UNKNOWN) {
                    break;
                }
                // never cut a surrogate pair in two
                end -= Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
            }
            if (piece == UNKNOWN) {
                ids.subList(size, ids.size()).clear();
                ids.add(UNKNOWN);
                return;
            }
            ids.add(piece);
            start = end;
        }
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
