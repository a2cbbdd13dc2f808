package io.interviews.deploy.ops;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CandidateResponded;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.InvalidEventException;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads every topic of the system from the beginning and merges the records into one timeline ordered by
 * record timestamp, optionally for one interview (the record key). Reads only: it joins no consumer group.
 */
public final class TopicTimeline {

    private static final Duration POLL = Duration.ofMillis(200);

    /** One record of the timeline, with a readable one-line summary of the event it carries. */
    public record Entry(Instant time, String topic, int partition, long offset, String interviewId, String type,
                        String summary) {

        public String format() {
            return String.format("%s  %-26s %-34s %s  %s", time, topic, type,
                    interviewId == null ? "-" : interviewId.substring(0, Math.min(8, interviewId.length())), summary);
        }
    }

    private TopicTimeline() {
    }

    /** Every record on the system's topics (up to their current end), oldest first. */
    public static List<Entry> read(String bootstrapServers, Optional<String> interviewId, Duration timeout) {
        List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            for (String topic : Topics.ALL) {
                readTopic(consumer, topic, timeout).stream()
                        .filter(record -> interviewId.isEmpty() || interviewId.get().equals(record.key()))
                        .map(TopicTimeline::entry)
                        .forEach(entries::add);
            }
        }
        entries.sort(Comparator.comparing(Entry::time).thenComparing(Entry::topic).thenComparingLong(Entry::offset));
        return entries;
    }

    static List<ConsumerRecord<String, String>> readTopic(KafkaConsumer<String, String> consumer, String topic,
                                                          Duration timeout) {
        List<PartitionInfo> partitions = Optional.ofNullable(consumer.listTopics(timeout).get(topic)).orElse(List.of());
        List<TopicPartition> assigned = partitions.stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (assigned.isEmpty()) {
            return records;
        }
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (assigned.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Entry entry(ConsumerRecord<String, String> record) {
        Instant time = Instant.ofEpochMilli(record.timestamp());
        if (Topics.DEAD_LETTERS.equals(record.topic())) {
            return new Entry(time, record.topic(), record.partition(), record.offset(), record.key(), "dead letter",
                    "from " + header(record, "dead-letter-topic") + ": " + header(record, "dead-letter-reason"));
        }
        try {
            InterviewEvent event = EventCodec.decode(record.value(), InterviewEvent.class);
            return new Entry(time, record.topic(), record.partition(), record.offset(), record.key(), event.type(),
                    summary(event));
        } catch (InvalidEventException e) {
            return new Entry(time, record.topic(), record.partition(), record.offset(), record.key(), "unreadable",
                    e.getMessage());
        }
    }

    private static String summary(InterviewEvent event) {
        if (event instanceof StageCompleted completed) {
            return StageCompleted.INTAKE.equals(completed.stage())
                    ? "intake: " + completed.context().candidate().name() + " for " + completed.context().position().title()
                    : "stage " + completed.stage() + " completed, score " + completed.results().get(completed.results().size() - 1).score();
        }
        if (event instanceof QuestionAsked question) {
            return "[" + question.stage() + "] " + (question.followUp() ? "follow-up " : "asked ") + question.questionId()
                    + ": " + brief(question.text());
        }
        if (event instanceof AnswerSubmitted answer) {
            return "[" + answer.stage() + "] answered " + answer.questionId() + ": " + brief(answer.text());
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
        if (event instanceof LetterSent sent) {
            return sent.kind() + " letter sent";
        }
        if (event instanceof CandidateResponded responded) {
            return "candidate " + (responded.accepted() ? "accepted" : "declined");
        }
        if (event instanceof InterviewConcluded concluded) {
            return "concluded: " + concluded.outcome() + (concluded.reason() == null ? "" : " (" + concluded.reason() + ")");
        }
        return event.type();
    }

    private static String brief(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 70 ? oneLine : oneLine.substring(0, 69) + "…";
    }
}
