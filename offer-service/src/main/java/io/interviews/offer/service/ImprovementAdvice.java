package io.interviews.offer.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.ImprovementArea;
import io.interviews.events.Language;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Words the improvement areas an {@code InterviewScored} event carries for the candidate: each dimension under its
 * name in the letter's language, with a kind, specific suggestion of what to work on, from
 * {@code improvement-advice/<language>.json}. Which areas is scoring-service's choice (the same the recruiter's
 * scorecard names); this never chooses, rates or quotes the rubric. A dimension without advice (a stage plugged in
 * later) is worded with the file's {@code otherArea}, so a letter never shows a rubric id.
 */
public final class ImprovementAdvice {

    public static final String RESOURCE = "improvement-advice/%s.json";
    private static final Logger LOG = Logger.getLogger(ImprovementAdvice.class);

    /** One language's file: the advice per dimension id, and the wording for a dimension it does not know. */
    record Book(Language language, Map<String, AreaAdvice> dimensions, AreaAdvice otherArea) {
    }

    private final Map<Language, Book> books;

    ImprovementAdvice(Map<Language, Book> books) {
        this.books = books;
    }

    /** @throws IllegalStateException if a language's file is missing, incomplete or names other dimensions */
    public static ImprovementAdvice load() {
        ObjectMapper json = new ObjectMapper();
        Map<Language, Book> books = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = RESOURCE.formatted(language.code());
            try (InputStream stream = ImprovementAdvice.class.getClassLoader().getResourceAsStream(resource)) {
                if (stream == null) {
                    throw new IllegalStateException("improvement advice " + resource + " is missing");
                }
                books.put(language, checked(resource, language, json.readValue(stream, Book.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable improvement advice " + resource, e);
            }
        }
        var dimensions = books.get(Language.EN).dimensions().keySet();
        books.values().stream().filter(book -> !book.dimensions().keySet().equals(dimensions)).findFirst()
                .ifPresent(book -> {
                    throw new IllegalStateException("improvement advice for " + book.language().code()
                            + " names dimensions " + book.dimensions().keySet() + ", for en " + dimensions);
                });
        return new ImprovementAdvice(books);
    }

    /** The areas in the order given, each worded once in {@code language}. */
    public List<AreaAdvice> forAreas(Language language, List<ImprovementArea> areas) {
        Book book = books.get(language);
        return areas.stream()
                .map(area -> {
                    AreaAdvice advice = book.dimensions().get(area.dimension());
                    if (advice == null) {
                        LOG.warnf("No improvement advice for dimension %s of stage %s: worded as '%s'; add it to %s",
                                area.dimension(), area.stage(), book.otherArea().name(),
                                RESOURCE.formatted(language.code()));
                        return book.otherArea();
                    }
                    return advice;
                })
                .distinct()
                .toList();
    }

    private static Book checked(String resource, Language language, Book book) {
        if (book.language() != language || book.dimensions() == null || book.otherArea() == null) {
            throw new IllegalStateException(resource + " must hold language " + language.code()
                    + ", dimensions and otherArea");
        }
        book.dimensions().forEach((dimension, advice) -> requireWorded(resource, dimension, advice));
        requireWorded(resource, "otherArea", book.otherArea());
        return book;
    }

    private static void requireWorded(String resource, String dimension, AreaAdvice advice) {
        if (advice == null || advice.name() == null || advice.name().isBlank() || advice.advice() == null
                || advice.advice().isBlank()) {
            throw new IllegalStateException(resource + ": " + dimension + " needs a name and advice");
        }
    }
}
