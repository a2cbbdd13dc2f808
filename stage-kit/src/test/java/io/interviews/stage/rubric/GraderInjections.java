package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The held-out set of answers that try to instruct the grader, in {@code injections/grader-injections.json}. */
public final class GraderInjections {

    public record Injection(String id, Language language, String placement, String text) {

        /** {@code answer} with this injection before it, after it, or after its first sentence. */
        public String into(String answer) {
            return switch (placement) {
                case "prefix" -> text + "\n" + answer;
                case "suffix" -> answer + "\n" + text;
                case "middle" -> {
                    String first = Sentences.of(answer).get(0);
                    int cut = answer.indexOf(first) + first.length();
                    yield answer.substring(0, cut) + " " + text + " " + answer.substring(cut).stripLeading();
                }
                default -> throw new IllegalArgumentException("placement " + placement);
            };
        }
    }

    record InjectionSet(String description, List<Injection> injections) {
    }

    private GraderInjections() {
    }

    public static List<Injection> all() {
        try (InputStream in = GraderInjections.class.getClassLoader().getResourceAsStream("injections/grader-injections.json")) {
            return new ObjectMapper().readValue(in, InjectionSet.class).injections();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Injection> in(Language language) {
        return all().stream().filter(injection -> injection.language() == language).toList();
    }
}
