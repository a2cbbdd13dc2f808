package io.interviews.deploy.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.Band;
import io.interviews.events.CandidateResponded;
import io.interviews.events.DecisionRefused;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.InvalidEventException;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.PlannedStage;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hiring funnel of the interviews started in a window, computed from the topics alone (no database): how many
 * started, where those still in their stages are, how many completed every stage, their bands, how many went to a
 * person for review, offers sent, accepted and declined, how many are stalled now, and how long each stage took.
 *
 * <p>The cohort is the interviews whose intake ({@code stage-completed} of {@code intake}) lies in the window; events
 * of interviews started earlier are not counted, nor are erased interviews (every service has forgotten them). Times are the events' own ({@code occurredAt}). A stage lasts from
 * the completion of the stage before it (the intake for the first) to its own completion. Stalls follow the
 * gateway's rules: while the stages run, the system owes the next move once the candidate has answered (or a stage
 * completed) and stalls after {@code stallAfter}; once the stages are done, the score and the letter, and after a
 * recruiter's decision the letter it releases, stall after {@code letterStallAfter}.
 */
public record Funnel(Instant since, Instant asOf, int started, Map<String, Integer> inStage, int completed,
                     Map<Band, Integer> scoredByBand, int sentToReview, int offersSent, int accepted, int declined,
                     Map<String, Integer> stalled, Map<String, StageDurations> stageDurations) {

    /** When a wait on the system becomes a stall (the gateway's {@code stall-after} and {@code letter-stall-after}). */
    public record StallRules(Duration stallAfter, Duration letterStallAfter) {

        public static final StallRules GATEWAY_DEFAULTS = new StallRules(Duration.ofMinutes(2), Duration.ofMinutes(5));
    }

    /** How many interviews completed a stage, and the median and 90th percentile of its duration (nearest rank). */
    public record StageDurations(int completed, Duration p50, Duration p90) {

        static StageDurations of(List<Duration> durations) {
            List<Duration> sorted = durations.stream().sorted().toList();
            return new StageDurations(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
        }

        private static Duration percentile(List<Duration> sorted, int percent) {
            return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
        }
    }

    /** The one who owes the letter once the stages are done: the scoring-service until the score, then the offer-service. */
    static final String SCORING_SERVICE = "scoring-service";
    static final String OFFER_SERVICE = "offer-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    public int stalledTotal() {
        return stalled.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Reads the topics from {@code since} to their current end and computes the funnel as of now. */
    public static Funnel read(Properties clientConfig, Instant since, StallRules rules, Duration timeout) {
        Instant from = since.truncatedTo(ChronoUnit.MILLIS);
        List<InterviewEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = TopicTimeline.consumer(clientConfig)) {
            List<String> eventTopics = Topics.ALL.stream().filter(topic -> !Topics.DEAD_LETTERS.equals(topic)).toList();
            List<TopicPartition> partitions = TopicTimeline.partitions(consumer, eventTopics, timeout);
            for (ConsumerRecord<String, String> record : TopicTimeline.readSince(consumer, partitions,
                    Optional.of(from), timeout)) {
                try {
                    events.add(EventCodec.decode(record.value(), InterviewEvent.class));
                } catch (InvalidEventException unreadable) {
                    // not an event: the timeline shows it, the funnel cannot count it
                }
            }
        }
        return of(events, from, Instant.now().truncatedTo(ChronoUnit.MILLIS), rules);
    }

    /** The funnel of the interviews whose intake is at or after {@code since}, as of {@code asOf}. */
    public static Funnel of(Collection<InterviewEvent> events, Instant since, Instant asOf, StallRules rules) {
        Map<UUID, List<InterviewEvent>> byInterview = events.stream()
                .collect(Collectors.groupingBy(InterviewEvent::interviewId, LinkedHashMap::new, Collectors.toList()));
        List<Course> cohort = byInterview.values().stream()
                .map(Course::of)
                .flatMap(Optional::stream)
                .filter(course -> !course.startedAt().isBefore(since) && !course.erased)
                .sorted(Comparator.comparing(Course::startedAt))
                .toList();

        Set<String> stages = new LinkedHashSet<>();
        cohort.forEach(course -> course.plan().forEach(stages::add));
        Map<String, Integer> inStage = new LinkedHashMap<>();
        Map<String, List<Duration>> durations = new LinkedHashMap<>();
        Map<String, Integer> stalled = new LinkedHashMap<>();
        stages.forEach(stage -> {
            inStage.put(stage, 0);
            durations.put(stage, new ArrayList<>());
            stalled.put(stage, 0);
        });
        stalled.put(SCORING_SERVICE, 0);
        stalled.put(OFFER_SERVICE, 0);
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            bands.put(band, 0);
        }
        int completed = 0;
        int review = 0;
        int offers = 0;
        int accepted = 0;
        int declined = 0;
        for (Course course : cohort) {
            course.currentStage().ifPresent(stage -> inStage.merge(stage, 1, Integer::sum));
            completed += course.completedAllStages() ? 1 : 0;
            if (course.scored != null) {
                bands.merge(course.scored.band(), 1, Integer::sum);
                review += course.scored.needsReview() ? 1 : 0;
            }
            offers += course.offerSent ? 1 : 0;
            accepted += Boolean.TRUE.equals(course.accepted) ? 1 : 0;
            declined += Boolean.FALSE.equals(course.accepted) ? 1 : 0;
            course.stalledOn(asOf, rules).ifPresent(where -> stalled.merge(where, 1, Integer::sum));
            course.stageDurations().forEach((stage, duration) -> durations.get(stage).add(duration));
        }
        Map<String, StageDurations> stageDurations = new LinkedHashMap<>();
        durations.forEach((stage, list) -> {
            if (!list.isEmpty()) {
                stageDurations.put(stage, StageDurations.of(list));
            }
        });
        return new Funnel(since, asOf, cohort.size(), inStage, completed, bands, review, offers, accepted, declined,
                stalled, stageDurations);
    }

    /** A readable table for a terminal. */
    public String table() {
        StringBuilder table = new StringBuilder();
        table.append("Interviews started since ").append(since).append(" (as of ").append(asOf).append(")\n");
        row(table, "started", started);
        inStage.forEach((stage, count) -> row(table, "in stage " + stage, count));
        row(table, "completed all stages", completed);
        scoredByBand.forEach((band, count) -> row(table, "scored " + band, count));
        row(table, "sent to review", sentToReview);
        row(table, "offers sent", offersSent);
        row(table, "offers accepted", accepted);
        row(table, "offers declined", declined);
        row(table, "stalled now", stalledTotal());
        stalled.forEach((where, count) -> row(table, "  on " + where, count));
        table.append("Stage durations (from the previous stage's completion to the stage's own)\n");
        table.append(String.format("  %-10s %9s %9s %9s%n", "stage", "completed", "p50", "p90"));
        stageDurations.forEach((stage, d) -> table.append(String.format("  %-10s %9d %9s %9s%n", stage, d.completed(),
                readable(d.p50()), readable(d.p90()))));
        return table.toString();
    }

    /** The same numbers as one line of JSON, for scripts; durations in seconds. */
    public String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", since.toString());
        json.put("asOf", asOf.toString());
        json.put("started", started);
        json.put("inStage", inStage);
        json.put("completed", completed);
        json.put("scoredByBand", scoredByBand);
        json.put("sentToReview", sentToReview);
        json.put("offersSent", offersSent);
        json.put("accepted", accepted);
        json.put("declined", declined);
        json.put("stalled", stalledTotal());
        json.put("stalledOn", stalled);
        Map<String, Object> seconds = new LinkedHashMap<>();
        stageDurations.forEach((stage, d) -> {
            Map<String, Object> stageSeconds = new LinkedHashMap<>();
            stageSeconds.put("completed", d.completed());
            stageSeconds.put("p50", d.p50().toMillis() / 1000.0);
            stageSeconds.put("p90", d.p90().toMillis() / 1000.0);
            seconds.put(stage, stageSeconds);
        });
        json.put("stageDurationSeconds", seconds);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the funnel as JSON", e);
        }
    }

    private static void row(StringBuilder table, String label, int count) {
        table.append(String.format("  %-24s %5d%n", label, count));
    }

    private static String readable(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        return seconds < 3600 ? String.format("%dm%02ds", seconds / 60, seconds % 60)
                : String.format("%dh%02dm", seconds / 3600, seconds / 60 % 60);
    }

    /** One interview's course through the flow, as its events on the topics tell it. */
    private static final class Course {

        private final StageCompleted intake;
        private final Map<String, Instant> completedAt = new HashMap<>();
        private final Map<String, Instant> firstQuestionAt = new HashMap<>();
        private InterviewEvent lastOfTheStages;
        private Instant lastEventAt;
        private InterviewScored scored;
        private boolean letterDrafted;
        private Instant decisionPendingSince;
        private boolean offerSent;
        private Boolean accepted;
        private boolean erased;

        private Course(StageCompleted intake) {
            this.intake = intake;
        }

        /** The course of an interview whose intake is among {@code events}. */
        static Optional<Course> of(List<InterviewEvent> events) {
            Optional<StageCompleted> intake = events.stream()
                    .filter(event -> event instanceof StageCompleted completed
                            && StageCompleted.INTAKE.equals(completed.stage()))
                    .map(StageCompleted.class::cast)
                    .findFirst();
            return intake.map(Course::new).map(course -> {
                events.stream().sorted(Comparator.comparing(InterviewEvent::occurredAt)).forEach(course::add);
                return course;
            });
        }

        private void add(InterviewEvent event) {
            lastEventAt = event.occurredAt();
            if (event instanceof StageCompleted completed) {
                completedAt.putIfAbsent(completed.stage(), completed.occurredAt());
                lastOfTheStages = event;
            } else if (event instanceof QuestionAsked question) {
                firstQuestionAt.putIfAbsent(question.stage(), question.occurredAt());
                lastOfTheStages = event;
            } else if (event instanceof AnswerSubmitted) {
                lastOfTheStages = event;
            } else if (event instanceof InterviewScored score) {
                scored = score;
            } else if (event instanceof LetterDrafted) {
                letterDrafted = true;
            } else if (event instanceof RecruiterDecided decided) {
                decisionPendingSince = decided.occurredAt();
            } else if (event instanceof DecisionRefused || event instanceof InterviewConcluded) {
                decisionPendingSince = null;
            } else if (event instanceof LetterSent sent) {
                decisionPendingSince = null;
                offerSent |= sent.kind() == LetterKind.OFFER;
            } else if (event instanceof CandidateResponded responded) {
                accepted = responded.accepted();
            } else if (event instanceof InterviewErased) {
                erased = true;
            }
        }

        Instant startedAt() {
            return intake.occurredAt();
        }

        List<String> plan() {
            return intake.context().plan().stream().map(PlannedStage::stage).toList();
        }

        /** The first planned stage not completed yet; none once every stage is. */
        Optional<String> currentStage() {
            return plan().stream().filter(stage -> !completedAt.containsKey(stage)).findFirst();
        }

        boolean completedAllStages() {
            return currentStage().isEmpty();
        }

        /** Where the interview is stalled as of {@code asOf}: a stage, the scoring-service or the offer-service. */
        Optional<String> stalledOn(Instant asOf, StallRules rules) {
            Optional<String> stage = currentStage();
            if (stage.isPresent()) {
                boolean systemOwesTheMove = !(lastOfTheStages instanceof QuestionAsked);
                return systemOwesTheMove && waitedLonger(lastOfTheStages.occurredAt(), asOf, rules.stallAfter())
                        ? stage : Optional.empty();
            }
            if (!letterDrafted) {
                return waitedLonger(lastEventAt, asOf, rules.letterStallAfter())
                        ? Optional.of(scored == null ? SCORING_SERVICE : OFFER_SERVICE) : Optional.empty();
            }
            return decisionPendingSince != null && waitedLonger(decisionPendingSince, asOf, rules.letterStallAfter())
                    ? Optional.of(OFFER_SERVICE) : Optional.empty();
        }

        private static boolean waitedLonger(Instant since, Instant asOf, Duration limit) {
            return !since.isAfter(asOf.minus(limit));
        }

        /** Each completed stage's duration, from the previous stage's completion (or its first question) to its own. */
        Map<String, Duration> stageDurations() {
            Map<String, Duration> durations = new LinkedHashMap<>();
            String previous = StageCompleted.INTAKE;
            for (String stage : plan()) {
                Instant start = Optional.ofNullable(completedAt.get(previous)).orElse(firstQuestionAt.get(stage));
                Instant end = completedAt.get(stage);
                if (start != null && end != null) {
                    durations.put(stage, Duration.between(start, end));
                }
                previous = stage;
            }
            return durations;
        }
    }
}
