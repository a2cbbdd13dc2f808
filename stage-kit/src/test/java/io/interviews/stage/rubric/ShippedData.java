package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Exchange;
import io.interviews.events.Language;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The project's data as stage-kit's tests read it from the other modules' sources: the tech stage as it ships and
 * the simulated candidates the demo and the system tests use.
 */
final class ShippedData {

    static final Path PROJECT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    static final StageBank TECH = StageBankLoader.fromDirectory(
            PROJECT.resolve("interviewer-tech/src/main/resources/interview-stages/tech"), "tech");
    /** The simulated candidates' files, {@code persona-language}. */
    static final List<String> CANDIDATES = List.of("strong-en", "weak-en", "strong-zh", "weak-zh");

    private ShippedData() {
    }

    /** One of deploy's simulated candidates: an answer for every question id of every stage. */
    record SimulatedCandidate(String persona, Language language, Map<String, String> answers, String fallback) {

        static SimulatedCandidate load(String name) {
            Path file = PROJECT.resolve("deploy/src/main/resources/io/interviews/deploy/candidate/" + name + ".json");
            try {
                return new ObjectMapper().readValue(file.toFile(), SimulatedCandidate.class);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read simulated candidate " + name, e);
            }
        }

        /**
         * The transcript of this candidate's whole interview by {@code interviewer}, offline, with every main answer
         * passed through {@code editMainAnswer} (follow-up answers as they are).
         */
        List<Exchange> interviewedBy(RubricInterviewer interviewer, UnaryOperator<String> editMainAnswer) {
            return interviewedIn(language, interviewer, editMainAnswer);
        }

        /** Interviewed in {@code interviewLanguage}, answering in the candidate's own language all the same. */
        List<Exchange> interviewedIn(Language interviewLanguage, RubricInterviewer interviewer,
                                     UnaryOperator<String> editMainAnswer) {
            List<Exchange> transcript = new ArrayList<>();
            Optional<Ask> ask = Optional.of(interviewer.opening(interviewLanguage));
            Instant clock = Instant.parse("2026-11-02T09:00:00Z");
            while (ask.isPresent()) {
                Ask question = ask.get();
                String answer = answers.get(question.questionId());
                if (!question.followUp()) {
                    answer = editMainAnswer.apply(answer);
                }
                clock = clock.plusSeconds(90);
                transcript.add(new Exchange(question.questionId(), question.text(), question.followUp(), answer, clock));
                ask = interviewer.next(interviewLanguage, question, answer);
            }
            return transcript;
        }
    }
}
