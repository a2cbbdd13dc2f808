package io.interviews.deploy.ops;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CandidateResponded;
import io.interviews.events.DecisionRefused;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.InvalidEventException;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads every topic of the system (from the beginning, or from a moment) and merges the records into one timeline
 * ordered by record timestamp, optionally filtered (an interview, stages, event types). Reads only: it joins no
 * consumer group. {@link LiveTimeline} follows the same topics as records arrive.
 */
public final class TopicTimeline {

    static final Duration POLL = Duration.ofMillis(200);
    static final Comparator<ConsumerRecord<String, String>> RECORD_TIME_ORDER =
            Comparator.<ConsumerRecord<String, String>>comparingLong(ConsumerRecord::timestamp)
                    .thenComparing(ConsumerRecord::topic)
                    .thenComparingLong(ConsumerRecord::offset);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String RESET = "\u001B[0m";
    private static final String DIM = "\u001B[2m";
    private static final String CYAN = "\u001B[36m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RED = "\u001B[31m";

    /**
     * One record of the timeline: its interview (the record key), the stage it belongs to (null for events of the
     * whole interview), the event type and a readable one-line summary.
     */
    public record Entry(Instant time, String topic, int partition, long offset, String interviewId, String stage,
                        String type, String summary) {

        public String format() {
            return format(false);
        }

        /** One line, time, interview, stage and type in aligned columns; {@code colour} adds ANSI colours. */
        public String format(boolean colour) {
            String interview = interviewId == null ? "-" : interviewId.substring(0, Math.min(8, interviewId.length()));
            return paint(colour, DIM, TIME.format(time)) + "  " + interview + "  "
                    + paint(colour, CYAN, String.format("%-8s", stage == null ? "-" : stage)) + " "
                    + paint(colour, colourOf(type), String.format("%-32s", type)) + " " + summary;
        }

        private static String colourOf(String type) {
            return switch (type) {
                case StageCompleted.TYPE, InterviewScored.TYPE, LetterSent.TYPE, CandidateResponded.TYPE,
                     InterviewConcluded.TYPE -> GREEN;
                case LetterDrafted.TYPE, RecruiterDecided.TYPE -> YELLOW;
                case DEAD_LETTER, UNREADABLE, DecisionRefused.TYPE -> RED;
                default -> null;
            };
        }

        private static String paint(boolean colour, String code, String text) {
            return colour && code != null ? code + text + RESET : text;
        }
    }

    /** The type of a timeline entry for a record on the dead-letter topic. */
    public static final String DEAD_LETTER = "dead-letter";
    /** The type of a timeline entry for a record that holds no event. */
    public static final String UNREADABLE = "unreadable";

    private TopicTimeline() {
    }

    /** Every record on the system's topics (up to their current end), oldest first. */
    public static List<Entry> read(String bootstrapServers, Optional<String> interviewId, Duration timeout) {
        return read(clientConfig(bootstrapServers), TimelineFilter.interview(interviewId), Optional.empty(), timeout);
    }

    /**
     * The records on the system's topics from {@code since} (record time; from the beginning when empty) up to
     * their current end that {@code filter} keeps, oldest first.
     */
    public static List<Entry> read(Properties clientConfig, TimelineFilter filter, Optional<Instant> since,
                                   Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer(clientConfig)) {
            List<TopicPartition> partitions = partitions(consumer, Topics.ALL, timeout);
            return readSince(consumer, partitions, since, timeout).stream()
                    .sorted(RECORD_TIME_ORDER)
                    .map(TopicTimeline::entry)
                    .filter(filter::keeps)
                    .toList();
        }
    }

    /** Every record of one topic, from its beginning to its current end. */
    static List<ConsumerRecord<String, String>> readTopic(KafkaConsumer<String, String> consumer, String topic,
                                                          Duration timeout) {
        List<TopicPartition> partitions = partitions(consumer, List.of(topic), timeout);
        return readToEnd(consumer, startOffsets(consumer, partitions, Optional.empty(), timeout), timeout);
    }

    /** The partitions of those of {@code topics} that exist. */
    static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Collection<String> topics,
                                           Duration timeout) {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(timeout);
        return topics.stream()
                .flatMap(topic -> existing.getOrDefault(topic, List.of()).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    /**
     * The records of {@code partitions} whose record time is at or after {@code since} (all when empty), read to the
     * current end. Reading starts at each partition's first record at or after {@code since}, and the earlier ones
     * after it are dropped: record times need not grow with the offset.
     */
    static List<ConsumerRecord<String, String>> readSince(KafkaConsumer<String, String> consumer,
                                                          List<TopicPartition> partitions, Optional<Instant> since,
                                                          Duration timeout) {
        List<ConsumerRecord<String, String>> records = readToEnd(consumer,
                startOffsets(consumer, partitions, since, timeout), timeout);
        return since.map(from -> records.stream().filter(record -> record.timestamp() >= from.toEpochMilli()).toList())
                .orElse(records);
    }

    /**
     * Where to start reading each partition: its first record at or after {@code since} (its end when there is none),
     * or its beginning when {@code since} is empty.
     */
    static Map<TopicPartition, Long> startOffsets(KafkaConsumer<String, String> consumer,
                                                  List<TopicPartition> partitions, Optional<Instant> since,
                                                  Duration timeout) {
        if (since.isEmpty()) {
            return consumer.beginningOffsets(partitions, timeout);
        }
        Map<TopicPartition, Long> at = new HashMap<>();
        partitions.forEach(partition -> at.put(partition, since.get().toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(at, timeout);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Map<TopicPartition, Long> start = new HashMap<>();
        partitions.forEach(partition -> start.put(partition,
                found.get(partition) == null ? end.get(partition) : found.get(partition).offset()));
        return start;
    }

    /**
     * Assigns the partitions of {@code start}, reads each from its start offset to its current end and leaves the
     * consumer positioned at that end, so a caller can go on polling for what arrives next.
     */
    static List<ConsumerRecord<String, String>> readToEnd(KafkaConsumer<String, String> consumer,
                                                          Map<TopicPartition, Long> start, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        consumer.assign(start.keySet());
        if (start.isEmpty()) {
            return records;
        }
        start.forEach(consumer::seek);
        Map<TopicPartition, Long> end = consumer.endOffsets(start.keySet(), timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (start.keySet().stream().anyMatch(partition -> consumer.position(partition, timeout) < end.get(partition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + start.keySet() + " to the end within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        end.forEach(consumer::seek);
        return records;
    }

    /** The properties of a plain connection to {@code bootstrapServers}. */
    static Properties clientConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /** A consumer of string records with {@code clientConfig} (connection, TLS, SASL) that joins no group. */
    static KafkaConsumer<String, String> consumer(Properties clientConfig) {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static Entry entry(ConsumerRecord<String, String> record) {
        Instant time = Instant.ofEpochMilli(record.timestamp());
        if (Topics.DEAD_LETTERS.equals(record.topic())) {
            return new Entry(time, record.topic(), record.partition(), record.offset(), record.key(), null, DEAD_LETTER,
                    "from " + header(record, "dead-letter-topic") + ": " + header(record, "dead-letter-reason"));
        }
        try {
            InterviewEvent event = EventCodec.decode(record.value(), InterviewEvent.class);
            return new Entry(time, record.topic(), record.partition(), record.offset(), record.key(), stageOf(event),
                    event.type(), summary(event));
        } catch (InvalidEventException e) {
            return new Entry(time, record.topic(), record.partition(), record.offset(), record.key(), null, UNREADABLE,
                    e.getMessage());
        }
    }

    /** The stage an event belongs to; null for the events of the whole interview (score, letters, decisions). */
    static String stageOf(InterviewEvent event) {
        if (event instanceof StageCompleted completed) {
            return completed.stage();
        }
        if (event instanceof QuestionAsked question) {
            return question.stage();
        }
        if (event instanceof StageRegraded regraded) {
            return regraded.stage();
        }
        return event instanceof AnswerSubmitted answer ? answer.stage() : null;
    }

    private static String summary(InterviewEvent event) {
        if (event instanceof StageCompleted completed) {
            // what a line shows is operational: names, questions and answers are sealed on the topics
            return StageCompleted.INTAKE.equals(completed.stage())
                    ? "registered for " + completed.context().position().title() + " ("
                    + completed.context().language().code() + ")"
                    : "completed, score " + completed.results().get(completed.results().size() - 1).score();
        }
        if (event instanceof QuestionAsked question) {
            return (question.followUp() ? "follow-up " : "asked ") + question.questionId() + " (" + question.number()
                    + "/" + question.plannedQuestions() + ")";
        }
        if (event instanceof AnswerSubmitted answer) {
            return "answered " + answer.questionId();
        }
        if (event instanceof InterviewScored scored) {
            return "scored " + scored.total() + " " + scored.band() + (scored.needsReview() ? " (needs review)" : "");
        }
        if (event instanceof LetterDrafted letter) {
            return letter.kind() + " letter drafted (" + letter.language().code() + ")";
        }
        if (event instanceof RecruiterDecided decided) {
            return "recruiter " + decided.recruiter() + ": " + decided.decision()
                    + (decided.annualSalary() == null ? "" : " at " + decided.annualSalary());
        }
        if (event instanceof DecisionRefused refused) {
            return "refused " + refused.decision() + " by " + refused.recruiter() + ": " + refused.reason();
        }
        if (event instanceof LetterSent sent) {
            return sent.kind() + " letter sent";
        }
        if (event instanceof CandidateResponded responded) {
            return "candidate " + (responded.accepted() ? "accepted" : "declined");
        }
        if (event instanceof InterviewConcluded concluded) {
            return "concluded: " + concluded.outcome() + (concluded.reason() == null ? "" : " (" + concluded.reason() + ")");
        }
        if (event instanceof RescoreRequested requested) {
            return "re-score requested (" + requested.rescoreId() + ")";
        }
        if (event instanceof StageRegraded regraded) {
            return "regraded, score " + regraded.score() + " (" + regraded.rubricVersion() + ", " + regraded.brain() + ")";
        }
        if (event instanceof InterviewRescored rescored) {
            return "re-scored " + rescored.liveTotal() + " " + rescored.liveBand() + " → " + rescored.rescoredTotal() + " "
                    + rescored.rescoredBand();
        }
        if (event instanceof InterviewErased erased) {
            return "erased (" + erased.reason().name().toLowerCase(Locale.ROOT) + ")";
        }
        return event.type();
    }
}
