package io.interviews.bench;

import io.interviews.bench.TimedInterview.Outcome;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the topics say about the bench's interviews once they are done: one answer event per question the candidate
 * answered, one stage-completed event per stage ({@code intake} and each stage that asked), nothing dead-lettered.
 * A record published twice carries the same event id and counts once; two event ids for one question or stage are
 * a duplicate.
 */
record TopicAudit(int answerEvents, int stageCompletedEvents, int duplicatedAnswers, int duplicatedStageCompletions,
                  int missingAnswers, int missingStageCompletions, int deadLetters, List<String> violations) {

    boolean clean() {
        return violations.isEmpty();
    }

    static TopicAudit of(Target.Kafka kafka, List<Outcome> outcomes) {
        Set<String> ours = new HashSet<>();
        outcomes.forEach(outcome -> ours.add(outcome.interviewId()));
        Map<String, Map<String, Set<String>>> answers;
        Map<String, Map<String, Set<String>>> stages;
        int deadLetters;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Floor.consumerConfig(kafka.client()))) {
            answers = eventIds(readAll(consumer, Topics.ANSWERS, ours, kafka.timeout()), AnswerSubmitted.class,
                    AnswerSubmitted::questionId);
            stages = eventIds(readAll(consumer, Topics.STAGE_COMPLETED, ours, kafka.timeout()), StageCompleted.class,
                    StageCompleted::stage);
            deadLetters = readAll(consumer, Topics.DEAD_LETTERS, ours, kafka.timeout()).size();
        }
        List<Outcome> completed = outcomes.stream().filter(Outcome::completed).toList();
        List<String> violations = new ArrayList<>();
        int missingAnswers = 0;
        int missingStages = 0;
        for (Outcome outcome : completed) {
            List<String> expectedStages = new ArrayList<>(List.of(StageCompleted.INTAKE));
            expectedStages.addAll(outcome.stages());
            missingAnswers += check(outcome.interviewId(), "question", answers, outcome.answeredQuestionIds(), violations);
            missingStages += check(outcome.interviewId(), "stage", stages, expectedStages, violations);
        }
        if (deadLetters > 0) {
            violations.add(deadLetters + " records of the bench's interviews were dead-lettered");
        }
        return new TopicAudit(count(answers), count(stages), duplicates(answers), duplicates(stages), missingAnswers,
                missingStages, deadLetters, violations);
    }

    /**
     * Adds what is wrong with one interview's events per question or stage (more than one event, or an event for
     * one not expected) to {@code violations}; returns how many expected ones have no event.
     */
    private static int check(String interviewId, String part, Map<String, Map<String, Set<String>>> events,
                             List<String> expected, List<String> violations) {
        Map<String, Set<String>> byPart = events.getOrDefault(interviewId, Map.of());
        byPart.forEach((key, ids) -> {
            if (ids.size() > 1) {
                violations.add(interviewId + ": " + part + " " + key + " has " + ids.size() + " events " + ids);
            }
            if (!expected.contains(key)) {
                violations.add(interviewId + ": an event for " + part + " " + key + ", expected only " + expected);
            }
        });
        List<String> missing = expected.stream().filter(key -> !byPart.containsKey(key)).toList();
        missing.forEach(key -> violations.add(interviewId + ": no event for " + part + " " + key));
        return missing.size();
    }

    private static int count(Map<String, Map<String, Set<String>>> events) {
        return events.values().stream().flatMap(byPart -> byPart.values().stream()).mapToInt(Set::size).sum();
    }

    private static int duplicates(Map<String, Map<String, Set<String>>> events) {
        return events.values().stream().flatMap(byPart -> byPart.values().stream())
                .mapToInt(ids -> ids.size() - 1).sum();
    }

    /** Per interview, per question or stage: the distinct event ids. */
    private static <E extends InterviewEvent> Map<String, Map<String, Set<String>>> eventIds(
            List<ConsumerRecord<String, String>> records, Class<E> type, Function<E, String> part) {
        Map<String, Map<String, Set<String>>> byInterview = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            E event = EventCodec.decode(record.value(), type);
            byInterview.computeIfAbsent(event.interviewId().toString(), id -> new TreeMap<>())
                    .computeIfAbsent(part.apply(event), key -> new TreeSet<>())
                    .add(event.eventId().toString());
        }
        return byInterview;
    }

    /** The records of {@code topic} up to its current end whose key is one of {@code interviewIds}. */
    private static List<ConsumerRecord<String, String>> readAll(KafkaConsumer<String, String> consumer, String topic,
                                                                Set<String> interviewIds, Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(topic, record.partition()))
                        && interviewIds.contains(record.key())) {
                    records.add(record);
                }
            }
        }
        return records;
    }
}
