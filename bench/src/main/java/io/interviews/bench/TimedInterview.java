package io.interviews.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.InterviewClient.OpenQuestion;
import io.interviews.deploy.stack.InterviewClient.Registration;
import io.interviews.deploy.stack.InterviewClient.Status;
import io.interviews.deploy.stack.SimulatedCandidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One interview taken as a candidate on the candidate page would: a recruiter invites, the candidate follows the
 * interview's event stream and answers each question over HTTP as soon as it arrives, until the letter is drafted.
 * Each latency is measured from the moment the candidate acts to the moment the stream shows the result.
 */
final class TimedInterview {

    /** The status an interview reaches once the stages, the scoring and the letter are done. */
    static final String LETTER_DRAFTED = "AWAITING_DECISION";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Where candidates go: the gateway, the key a recruiter invites with, and the clients for requests and streams. */
    record Gateway(String url, String recruiterKey, InterviewClient client, HttpClient streams) {

        static Gateway at(String url, String recruiterKey) {
            return new Gateway(url, recruiterKey, new InterviewClient(url),
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
    }

    /**
     * How an interview went: the questions answered in order, the stages in the order they asked, and why it did not
     * reach its letter ({@code failure}, null when it did).
     */
    record Outcome(String interviewId, List<String> answeredQuestionIds, List<String> stages, String failure) {

        boolean completed() {
            return failure == null;
        }
    }

    private TimedInterview() {
    }

    /** Takes interview {@code number} as {@code candidate}; a step that shows nothing for {@code patience} fails it. */
    static Outcome take(Gateway gateway, SimulatedCandidate candidate, int number, Measurements measured,
                        Duration patience) {
        List<String> answered = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        String interviewId = null;
        try {
            long invitedAt = System.nanoTime();
            Registration interview = gateway.client().invite(new InterviewClient.Application(
                    Map.of("name", "Bench candidate " + number, "email", "bench-" + number + "@example.com"),
                    Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                    candidate.language(), null), gateway.recruiterKey());
            interviewId = interview.interviewId();
            try (EventStream stream = EventStream.open(gateway.streams(), gateway.url(), interviewId,
                    interview.candidateToken())) {
                Shown shown = nextChange(stream, null, patience);
                measured.registrationToFirstQuestion.add(shown.arrivedNanos() - invitedAt);
                while (shown.question() != null) {
                    OpenQuestion question = shown.question();
                    if (!stages.contains(question.stage())) {
                        stages.add(question.stage());
                    }
                    long answeredAt = System.nanoTime();
                    gateway.client().answer(interview, question.questionId(), candidate.answerTo(question.questionId()));
                    measured.answerAcknowledged.add(System.nanoTime() - answeredAt);
                    answered.add(question.questionId());
                    shown = nextChange(stream, question.questionId(), patience);
                    if (shown.question() != null) {
                        measured.answerToNextQuestion.add(shown.arrivedNanos() - answeredAt);
                        if (!shown.question().stage().equals(question.stage())) {
                            measured.stageTransition.add(shown.arrivedNanos() - answeredAt);
                        }
                    } else {
                        long letterAt = awaitStatus(stream, LETTER_DRAFTED, shown, patience);
                        measured.lastAnswerToLetter.add(letterAt - answeredAt);
                    }
                }
            }
            return new Outcome(interviewId, answered, stages, null);
        } catch (RuntimeException e) {
            return new Outcome(interviewId, answered, stages, e.getMessage());
        }
    }

    /** What the stream showed next: a new open question, or (question null) a status that ended the stages. */
    private record Shown(OpenQuestion question, Status status, long arrivedNanos) {
    }

    /** The next question other than {@code answeredQuestionId}, or the interview leaving {@code IN_PROGRESS}. */
    private static Shown nextChange(EventStream stream, String answeredQuestionId, Duration patience) {
        while (true) {
            EventStream.Event event = stream.next(patience);
            if ("question".equals(event.name())) {
                OpenQuestion question = read(event.data(), OpenQuestion.class);
                if (!question.questionId().equals(answeredQuestionId)) {
                    return new Shown(question, null, event.arrivedNanos());
                }
            } else if ("status".equals(event.name())) {
                Status status = read(event.data(), Status.class);
                if (!status.inProgress()) {
                    return new Shown(null, status, event.arrivedNanos());
                }
            }
        }
    }

    /** When the stream showed {@code expected} ({@code shown} may already be it). */
    private static long awaitStatus(EventStream stream, String expected, Shown shown, Duration patience) {
        if (expected.equals(shown.status().status())) {
            return shown.arrivedNanos();
        }
        while (true) {
            EventStream.Event event = stream.next(patience);
            if ("status".equals(event.name()) && expected.equals(read(event.data(), Status.class).status())) {
                return event.arrivedNanos();
            }
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected event data: " + json, e);
        }
    }
}
