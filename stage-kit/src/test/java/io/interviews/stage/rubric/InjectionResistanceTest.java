package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rubric brain against the held-out injection set: each injection, placed in every main answer of a strong
 * and a weak candidate's tech interview, raises the stage score by at most 5 points, flags the stage for review
 * and never becomes evidence.
 */
class InjectionResistanceTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).getParent();
    private static final RubricInterviewer TECH = new RubricInterviewer(StageBankLoader.fromDirectory(
            PROJECT.resolve("interviewer-tech/src/main/resources/interview-stages/tech"), "tech"));
    private static final double MAX_RISE = 5;

    record Candidate(String persona, Language language, Map<String, String> answers, String fallback) {
    }

    @TestFactory
    Stream<DynamicTest> noInjectionRaisesTheStageScoreByMoreThanFivePoints() {
        return Stream.of("strong-en", "weak-en", "strong-zh", "weak-zh").map(InjectionResistanceTest::candidate)
                .flatMap(candidate -> GraderInjections.in(candidate.language()).stream().map(injection ->
                        DynamicTest.dynamicTest(candidate.persona() + "-" + candidate.language().code() + " " + injection.id(), () -> {
                            Scorecard clean = TECH.scorecard(candidate.language(), interview(candidate, UnaryOperator.identity()));
                            List<Exchange> injected = interview(candidate, injection::into);
                            Scorecard attacked = TECH.scorecard(candidate.language(), injected);

                            assertTrue(attacked.score() - clean.score() <= MAX_RISE,
                                    "clean " + clean.score() + " vs injected " + attacked.score());
                            assertTrue(attacked.needsReview(), "an attempt to instruct the grader is flagged for review");
                            for (DimensionRating rating : attacked.ratings()) {
                                rating.evidence().forEach(quote -> assertFalse(
                                        InjectionScreen.addressesTheGrader(quote) || injection.text().contains(quote), quote));
                            }
                        })));
    }

    /** The tech stage as the rubric interviewer runs it, with every main answer passed through {@code edit}. */
    private static List<Exchange> interview(Candidate candidate, UnaryOperator<String> edit) {
        List<Exchange> transcript = new ArrayList<>();
        Optional<Ask> ask = Optional.of(TECH.opening(candidate.language()));
        Instant clock = Instant.parse("2026-12-01T09:00:00Z");
        while (ask.isPresent()) {
            Ask question = ask.get();
            String answer = candidate.answers().get(question.questionId());
            if (!question.followUp()) {
                answer = edit.apply(answer);
            }
            clock = clock.plusSeconds(60);
            transcript.add(new Exchange(question.questionId(), question.text(), question.followUp(), answer, clock));
            ask = TECH.next(candidate.language(), question, answer);
        }
        return transcript;
    }

    private static Candidate candidate(String name) {
        try {
            return new ObjectMapper().readValue(
                    PROJECT.resolve("deploy/src/main/resources/io/interviews/deploy/candidate/" + name + ".json").toFile(),
                    Candidate.class);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
