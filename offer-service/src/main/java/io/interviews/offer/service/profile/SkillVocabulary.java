package io.interviews.offer.service.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The skills a profile can name, read from {@code profile/skills.txt}: one skill a line, {@code Name: alias, alias}.
 * An alias in lower case matches in any case; one with capitals matches only as written (so {@code Go} is not
 * the verb "go"). Latin aliases match whole words only; Chinese ones anywhere.
 */
public final class SkillVocabulary {

    public static final String RESOURCE = "profile/skills.txt";

    private final Map<String, List<String>> aliasesBySkill;

    SkillVocabulary(Map<String, List<String>> aliasesBySkill) {
        this.aliasesBySkill = aliasesBySkill;
    }

    public static SkillVocabulary load() {
        InputStream stream = SkillVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("skills vocabulary " + RESOURCE + " is missing");
        }
        Map<String, List<String>> aliasesBySkill = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String skill = (colon < 0 ? line : line.substring(0, colon)).strip();
                List<String> aliases = new ArrayList<>(List.of(skill));
                if (colon >= 0) {
                    for (String alias : line.substring(colon + 1).split(",")) {
                        if (!alias.isBlank()) {
                            aliases.add(alias.strip());
                        }
                    }
                }
                aliasesBySkill.put(skill, aliases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SkillVocabulary(aliasesBySkill);
    }

    /** Every skill mentioned in {@code text}, in vocabulary order, with the alias as it appears in the text. */
    public Map<String, String> mentionedIn(String text) {
        Map<String, String> mentioned = new LinkedHashMap<>();
        aliasesBySkill.forEach((skill, aliases) -> aliases.stream()
                .map(alias -> find(text, alias))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(found -> mentioned.put(skill, found)));
        return mentioned;
    }

    private static Optional<String> find(String text, String alias) {
        boolean caseSensitive = !alias.equals(alias.toLowerCase(Locale.ROOT));
        String haystack = caseSensitive ? text : text.toLowerCase(Locale.ROOT);
        String needle = caseSensitive ? alias : alias.toLowerCase(Locale.ROOT);
        boolean latin = needle.chars().allMatch(c -> c < 0x2E80);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (!latin || !wordChar(haystack, at - 1) && !wordChar(haystack, end)) {
                return Optional.of(text.substring(at, end));
            }
        }
        return Optional.empty();
    }

    /** A Latin letter or digit at {@code index}; Chinese characters around an English word do not join it. */
    private static boolean wordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '+' || c == '#');
    }
}
