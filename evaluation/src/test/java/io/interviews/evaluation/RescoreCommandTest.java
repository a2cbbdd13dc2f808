package io.interviews.evaluation;

import io.interviews.deploy.infra.KafkaBroker;
import io.interviews.documents.DriftReport;
import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.Candidate;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DimensionRescored;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageRescored;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.ChangedRubric;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rescore} on a real broker: three interviews answered with labelled answers (levels 2, 3 and 5) and scored
 * by the shipped rubric brain are on the scored topic; the command re-grades them with a copy of the shipped hr bank
 * whose {@code rubricVersion} is new and whose {@code collaboration} weight is ten times the shipped one.
 */
class RescoreCommandTest {

    private static final Path WORK = Path.of("target", "rescore-test");
    private static final Path SHIPPED_HR = Path.of("..", "interviewer-hr", "src", "main", "resources",
            StageBankLoader.CLASSPATH_ROOT, "hr");
    private static final String NEW_HR_VERSION = "hr-rescore-test";
    private static final String CHANGED_DIMENSION = "collaboration";
    private static final int WEIGHT_FACTOR = 10;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<PlannedStage> PLAN = List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3),
            new PlannedStage("boss", 0.3));

    private static KafkaBroker broker;
    private static Path changedStages;
    private static Map<UUID, InterviewScored> live;

    @BeforeAll
    static void scoredInterviewsOnTheTopicsAndAChangedHrBank() throws Exception {
        broker = KafkaBroker.start(WORK.resolve("broker"));
        broker.createTopics(Topics.ALL, 3);
        changedStages = WORK.resolve("stages");
        ChangedRubric.write(SHIPPED_HR, changedStages.resolve("hr"), NEW_HR_VERSION, CHANGED_DIMENSION, WEIGHT_FACTOR);

        List<StageBank> shipped = EvalCommand.shippedStages();
        List<LabelledAnswer> english = EvalSet.load(shipped).stream()
                .filter(answer -> answer.language() == Language.EN)
                .sorted(Comparator.comparing(LabelledAnswer::id)).toList();
        live = new java.util.LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
            for (int level : List.of(2, 3, 5)) {
                InterviewScored scored = scoredInterview(shipped, english, level);
                live.put(scored.interviewId(), scored);
                producer.send(new ProducerRecord<>(Topics.SCORED, scored.interviewId().toString(),
                        EventCodec.encode(scored))).get();
            }
            // not a score: skipped
            producer.send(new ProducerRecord<>(Topics.SCORED, "not-an-interview", "{\"type\":\"unknown\"}")).get();
        }
    }

    @AfterAll
    static void stopTheBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void publishesOneRescorePerInterviewWithBothVersionsAndOnlyTheChangedStageMoves() throws IOException {
        Path out = WORK.resolve("report-all");
        int before = readRescored(broker.bootstrapServers()).size();
        assertEquals(0, rescore("--out", out.toString()));

        Map<UUID, InterviewRescored> rescored = awaitRescoredAfter(before, live.size()).stream()
                .map(ConsumerRecord::value).map(value -> EventCodec.decode(value, InterviewRescored.class))
                .collect(Collectors.toMap(InterviewRescored::interviewId, Function.identity()));
        assertEquals(live.keySet(), rescored.keySet());

        StageBank changedHr = StageBankLoader.fromDirectory(changedStages.resolve("hr"), "hr");
        RubricInterviewer changedInterviewer = new RubricInterviewer(changedHr, AnswerEmbeddings::shared);
        int hrScoresMoved = 0;
        for (InterviewScored scored : live.values()) {
            InterviewRescored event = rescored.get(scored.interviewId());
            assertEquals(scored.eventId(), event.scoredEventId());
            assertEquals("rubric", event.brain());
            assertEquals(scored.total(), event.liveTotal());
            assertEquals(scored.band(), event.liveBand());
            assertEquals(List.of("tech", "hr", "boss"), event.stages().stream().map(StageRescored::stage).toList());
            for (StageRescored stage : event.stages()) {
                StageResult liveStage = result(scored, stage.stage());
                assertEquals(liveStage.rubricVersion(), stage.liveRubricVersion());
                assertEquals(liveStage.score(), stage.liveScore());
                for (DimensionRescored dimension : stage.dimensions()) {
                    assertEquals(dimension.live().rating(), dimension.rescored().rating(),
                            "the same transcript, anchors and exemplars give the same rating: " + dimension);
                }
                if (stage.stage().equals("hr")) {
                    assertEquals(NEW_HR_VERSION, stage.rescoredRubricVersion());
                    assertEquals(changedInterviewer.scorecard(Language.EN, liveStage.transcript()).score(),
                            stage.rescoredScore(), "the changed bank's weights score the stage");
                    DimensionRescored collaboration = stage.dimensions().stream()
                            .filter(dimension -> dimension.dimension().equals(CHANGED_DIMENSION)).findFirst().orElseThrow();
                    assertEquals(collaboration.live().weight() * WEIGHT_FACTOR, collaboration.rescored().weight(), 1e-9);
                    hrScoresMoved += stage.rescoredScore() != stage.liveScore() ? 1 : 0;
                } else {
                    assertEquals(stage.liveRubricVersion(), stage.rescoredRubricVersion());
                    assertEquals(stage.liveScore(), stage.rescoredScore(), stage.stage() + " is graded as live");
                }
            }
            double expectedTotal = Math.round(event.stages().stream()
                    .mapToDouble(stage -> stage.weight() * stage.rescoredScore()).sum() * 10) / 10.0;
            assertEquals(expectedTotal, event.rescoredTotal());
            assertEquals(BandThresholds.DEFAULT.bandOf(expectedTotal), event.rescoredBand());
        }
        assertTrue(hrScoresMoved > 0, "weighting collaboration tenfold moves some hr score");

        List<String> csv = Files.readAllLines(out.resolve(DriftReport.CSV_FILE));
        assertEquals(String.join(",", DriftReport.CSV_HEADER), csv.get(0));
        assertEquals(3 * (4 + 4 + 4), csv.size() - 1, "one row per interview, stage and dimension");
        for (InterviewRescored event : rescored.values()) {
            StageRescored hr = event.stages().get(1);
            DimensionRescored collaboration = hr.dimensions().stream()
                    .filter(dimension -> dimension.dimension().equals(CHANGED_DIMENSION)).findFirst().orElseThrow();
            String row = csv.stream().filter(line -> line.startsWith(event.interviewId() + ",hr," + CHANGED_DIMENSION + ","))
                    .findFirst().orElseThrow();
            assertEquals(String.join(",", event.interviewId().toString(), "hr", CHANGED_DIMENSION,
                    hr.liveRubricVersion(), NEW_HR_VERSION, "rubric", "rubric",
                    Integer.toString(collaboration.live().rating()), Integer.toString(collaboration.rescored().rating()),
                    "+0", plain(collaboration.live().weight()), plain(collaboration.rescored().weight()),
                    oneDecimal(hr.liveScore()), oneDecimal(hr.rescoredScore()), signed(hr.rescoredScore() - hr.liveScore()),
                    oneDecimal(event.liveTotal()), oneDecimal(event.rescoredTotal()),
                    signed(event.rescoredTotal() - event.liveTotal()), event.liveBand().name(),
                    event.rescoredBand().name(), Boolean.toString(event.bandChanged())), row);
        }
        String html = Files.readString(out.resolve(DriftReport.HTML_FILE));
        long bandChanges = rescored.values().stream().filter(InterviewRescored::bandChanged).count();
        assertTrue(html.contains(rescored.size() + " interviews re-scored; the band changed for " + bandChanges + "."), html);
        assertEquals(bandChanges, html.lines().filter(line -> line.startsWith("<tr class=\"band-changed\">")
                && line.endsWith("<td>changed</td></tr>")).count());
    }

    @Test
    void aRepeatedRescoreRepeatsTheEventIdsAndTheInterviewFilterKeepsOne() {
        UUID chosen = live.keySet().iterator().next();
        int before = readRescored(broker.bootstrapServers()).size();
        assertEquals(0, rescore("--interview", chosen.toString(), "--out", WORK.resolve("report-one-a").toString()));
        assertEquals(0, rescore("--interview", chosen.toString(), "--out", WORK.resolve("report-one-b").toString()));

        List<ConsumerRecord<String, String>> records = awaitRescoredAfter(before, 2);
        Set<String> ids = records.stream().map(record -> header(record, CloudEventHeaders.ID)).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "the same interview, brain and rubric versions give the same event id");
        for (ConsumerRecord<String, String> record : records) {
            InterviewRescored event = EventCodec.decode(record.value(), InterviewRescored.class);
            assertEquals(chosen, event.interviewId());
            assertEquals(chosen.toString(), record.key());
            assertEquals(event.eventId().toString(), header(record, CloudEventHeaders.ID));
            assertEquals(InterviewRescored.TYPE, header(record, CloudEventHeaders.TYPE));
            assertEquals(ScoredArchive.SOURCE, header(record, CloudEventHeaders.SOURCE));
            assertEquals(chosen.toString(), header(record, CloudEventHeaders.SUBJECT));
        }
        assertNotEquals(ids.iterator().next(), new Rescoring(Map.of("hr", "hr-another"), null, "rubric")
                .eventId(chosen, List.of(new StageRescored("hr", 0.3, "x", 1, "hr-another", 1, List.of(), List.of())))
                .toString(), "another rubric version gives another id");
    }

    @Test
    void aSinceGivenAsHowLongAgoCountsBackFromNow() {
        // the interviews were scored (published) moments ago
        StringWriter lastHour = new StringWriter();
        assertEquals(0, rescore(new PrintWriter(lastHour, true), "--since", "1h",
                "--out", WORK.resolve("report-last-hour").toString()));
        assertTrue(lastHour.toString().contains("re-scored " + live.size() + " interviews"), lastHour.toString());

        StringWriter fromNow = new StringWriter();
        assertEquals(0, rescore(new PrintWriter(fromNow, true), "--since", "0s",
                "--out", WORK.resolve("report-from-now").toString()));
        assertTrue(fromNow.toString().contains("re-scored 0 interviews"), fromNow.toString());
    }

    private static int rescore(String... options) {
        return rescore(new PrintWriter(System.out, true), options);
    }

    private static int rescore(PrintWriter console, String... options) {
        // archives in clear: no database, whatever INTERVIEW_DB_URL says
        List<String> args = new ArrayList<>(List.of("rescore", "--bootstrap-servers", broker.bootstrapServers(),
                "--stages", changedStages.toString(), "--jdbc-url="));
        args.addAll(List.of(options));
        return new CommandLine(new EvalCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(console).execute(args.toArray(String[]::new));
    }

    /** An interview answering every main question with the first English answer of {@code level}, scored as live. */
    static InterviewScored scoredInterview(List<StageBank> shipped, List<LabelledAnswer> english, int level) {
        UUID interviewId = UUID.randomUUID();
        Instant start = Instant.parse("2026-11-02T09:00:00Z");
        List<StageResult> results = new ArrayList<>();
        List<StageScore> scores = new ArrayList<>();
        for (StageBank stage : shipped) {
            List<Exchange> transcript = stage.bank(Language.EN).questions().stream()
                    .map(question -> english.stream().filter(answer -> answer.questionId().equals(question.id())
                            && answer.level() == level).findFirst().orElseThrow())
                    .map(answer -> new Exchange(answer.questionId(), "", false, answer.text(), start))
                    .toList();
            Scorecard card = new RubricInterviewer(stage, AnswerEmbeddings::shared).scorecard(Language.EN, transcript);
            results.add(new StageResult(stage.stage(), stage.rubricVersion(), card.score(), card.ratings(), transcript,
                    card.needsReview(), card.reviewReasons(), start, start.plusSeconds(600)));
            double weight = PLAN.stream().filter(planned -> planned.stage().equals(stage.stage())).findFirst()
                    .orElseThrow().weight();
            scores.add(new StageScore(stage.stage(), weight, card.score()));
        }
        double total = Math.round(scores.stream().mapToDouble(score -> score.weight() * score.score()).sum() * 10) / 10.0;
        Band band = BandThresholds.DEFAULT.bandOf(total);
        InterviewContext context = new InterviewContext(new Candidate("Level " + level, "level" + level + "@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN, PLAN);
        return new InterviewScored(UUID.randomUUID(), interviewId, start.plusSeconds(1800), context, scores, total, band,
                band.name(), false, results, List.of());
    }

    private static StageResult result(InterviewScored scored, String stage) {
        return scored.results().stream().filter(result -> result.stage().equals(stage)).findFirst().orElseThrow();
    }

    /**
     * The {@code count} records on the re-score topic after its first {@code before}, waiting (up to a deadline) until
     * they are there: what one run published, whatever the tests before it did.
     */
    private static List<ConsumerRecord<String, String>> awaitRescoredAfter(int before, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<ConsumerRecord<String, String>> records = readRescored(broker.bootstrapServers());
        while (records.size() < before + count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + (before + count) + " re-scores, found " + records.size());
            }
            records = readRescored(broker.bootstrapServers());
        }
        return records.subList(before, before + count);
    }

    /** The re-score topic from its beginning to its end (the command returns once the broker has its re-scores). */
    static List<ConsumerRecord<String, String>> readRescored(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RESCORED, WAIT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, WAIT);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, WAIT) < end.get(partition))) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("could not read " + Topics.RESCORED + " to its end within " + WAIT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
            return records;
        }
    }

    static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String plain(double weight) {
        return java.math.BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    private static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String signed(double change) {
        return String.format(java.util.Locale.ROOT, "%+.1f", Math.round(change * 10) / 10.0);
    }
}
