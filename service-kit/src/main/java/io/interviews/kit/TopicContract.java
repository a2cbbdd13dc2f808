package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CandidateResponded;
import io.interviews.events.DecisionRefused;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.Topics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which event types each topic carries; a record of any other type on a topic is refused as misrouted. */
final class TopicContract {

    private static final Map<String, List<Class<? extends InterviewEvent>>> TYPES = Map.of(
            Topics.STAGE_COMPLETED, List.of(StageCompleted.class),
            Topics.QUESTIONS, List.of(QuestionAsked.class),
            Topics.ANSWERS, List.of(AnswerSubmitted.class),
            Topics.SCORED, List.of(InterviewScored.class),
            Topics.LETTERS, List.of(LetterDrafted.class, LetterSent.class, InterviewConcluded.class,
                    DecisionRefused.class),
            Topics.DECISIONS, List.of(RecruiterDecided.class, CandidateResponded.class),
            Topics.RESCORES, List.of(RescoreRequested.class, StageRegraded.class),
            Topics.RESCORED, List.of(InterviewRescored.class),
            Topics.ERASURES, List.of(InterviewErased.class));

    private TopicContract() {
    }

    /** The types {@code topic} carries; throws for a topic outside the contract. */
    static List<Class<? extends InterviewEvent>> typesOn(String topic) {
        List<Class<? extends InterviewEvent>> types = TYPES.get(topic);
        if (types == null) {
            throw new IllegalArgumentException("no event contract for topic " + topic + "; known: " + TYPES.keySet());
        }
        return types;
    }

    /** "A", "A or B", "A, B or C". */
    static String describe(List<Class<? extends InterviewEvent>> types) {
        String names = types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2);
    }
}
