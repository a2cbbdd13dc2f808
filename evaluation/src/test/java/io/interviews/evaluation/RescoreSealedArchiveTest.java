package io.interviews.evaluation;

import io.interviews.deploy.infra.Database;
import io.interviews.deploy.infra.KafkaBroker;
import io.interviews.events.DataKey;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.Topics;
import io.interviews.stage.rubric.StageBank;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import static io.interviews.evaluation.RescoreCommandTest.producer;
import static io.interviews.evaluation.RescoreCommandTest.readRescored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rescore} on an archive whose personal data is sealed, on a real broker and PostgreSQL holding the key table:
 * one interview scored in clear, the same score sealed as another interview's with that interview's key in the table,
 * and a third sealed one whose key was destroyed (the interview erased).
 */
class RescoreSealedArchiveTest {

    private static final Path WORK = Path.of("target", "rescore-sealed-test");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY_TABLE = "data_keys.interview_data_key";

    private static KafkaBroker broker;
    private static Database database;
    private static InterviewScored clear;
    private static InterviewScored sealed;
    private static InterviewScored erased;
    private static DataKey sealedKey;

    @BeforeAll
    static void clearSealedAndErasedScoresOnTheTopicAndTheirKeysInTheTable() throws Exception {
        broker = KafkaBroker.start(WORK.resolve("broker"));
        broker.createTopics(Topics.ALL, 3);
        database = Database.startOrConnect(WORK.resolve("postgres"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // the gateway's migration V15__data_keys.sql
            statement.execute("create schema if not exists data_keys");
            statement.execute("create table if not exists " + KEY_TABLE + " (interview_id uuid primary key, "
                    + "data_key bytea, created_at timestamptz not null, erased_at timestamptz)");
        }

        List<StageBank> shipped = EvalCommand.shippedStages();
        List<LabelledAnswer> english = EvalSet.load(shipped).stream()
                .filter(answer -> answer.language() == Language.EN)
                .sorted(Comparator.comparing(LabelledAnswer::id)).toList();
        clear = RescoreCommandTest.scoredInterview(shipped, english, 3);
        sealed = asAnotherInterview(clear);
        erased = asAnotherInterview(clear);
        sealedKey = DataKey.generate(sealed.interviewId());
        DataKey erasedKey = DataKey.generate(erased.interviewId());
        storeKey(sealedKey);
        storeKey(erasedKey);
        try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
            send(producer, clear, EventCodec.encode(clear));
            send(producer, sealed, EventCodec.encode(sealed, sealedKey));
            send(producer, erased, EventCodec.encode(erased, erasedKey));
        }
        destroyKey(erased.interviewId());
    }

    @AfterAll
    static void stopTheBrokerAndTheDatabase() {
        if (broker != null) {
            broker.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSealedArchiveRescoresAsItsClearCopyAndItsRescoreIsSealedWithTheInterviewsKey() {
        assertEquals(0, rescoreWithoutDatabase("--interview", clear.interviewId().toString()).exitCode());
        assertEquals(0, rescoreWithDatabase("--interview", sealed.interviewId().toString()).exitCode());

        InterviewRescored fromClear = EventCodec.decode(lastRescore(clear.interviewId()).value(),
                InterviewRescored.class);
        String sealedValue = lastRescore(sealed.interviewId()).value();
        InterviewRescored fromSealed = EventCodec.decode(sealedValue, InterviewRescored.class, id -> sealedKey);
        assertEquals(sealed.eventId(), fromSealed.scoredEventId());
        assertEquals(fromClear.stages(), fromSealed.stages(), "the opened transcripts grade as the clear ones");
        assertEquals(fromClear.liveTotal(), fromSealed.liveTotal());
        assertEquals(fromClear.rescoredTotal(), fromSealed.rescoredTotal());
        assertEquals(fromClear.rescoredBand(), fromSealed.rescoredBand());

        List<String> quotes = ratings(fromSealed).flatMap(rating -> rating.evidence().stream())
                .filter(quote -> quote.contains(" ")).toList(); // the compact JSON and its sealed values have no space
        assertFalse(quotes.isEmpty(), "the re-score quotes the answers");
        quotes.forEach(quote -> assertFalse(sealedValue.contains(quote), "in clear on the topic: " + quote));
        ratings(EventCodec.decode(sealedValue, InterviewRescored.class)).forEach(rating -> {
            assertTrue(rating.evidence().stream().allMatch(DataKey::isSealed), "evidence sealed: " + rating);
            assertTrue(DataKey.isSealed(rating.rationale()), "rationale sealed: " + rating);
        });
    }

    @Test
    void aSealedArchiveWithoutADatabaseFailsAndSaysWhereTheKeysAre() {
        int published = readRescored(broker.bootstrapServers()).size();

        Run run = rescoreWithoutDatabase();

        assertEquals(CommandLine.ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("the personal data of the archive is sealed"), run.err());
        assertTrue(run.err().contains("give --jdbc-url (or $INTERVIEW_DB_URL)"), run.err());
        assertTrue(run.err().contains("POST /api/recruiter/rescores"), run.err());
        assertEquals(published, readRescored(broker.bootstrapServers()).size(), "nothing published");
    }

    @Test
    void anErasedInterviewIsSkippedWithALineSayingSo() {
        Run run = rescoreWithDatabase("--interview", erased.interviewId().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  " + erased.interviewId()
                + "  skipped: the interview was erased, its transcripts cannot be re-scored"), run.out());
        assertTrue(run.out().contains("re-scored 0 interviews"), run.out());
        assertTrue(readRescored(broker.bootstrapServers()).stream()
                .noneMatch(record -> record.key().equals(erased.interviewId().toString())));
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** The password is INTERVIEW_DB_PASSWORD's, or the default: the embedded database trusts any. */
    private static Run rescoreWithDatabase(String... options) {
        return rescore(Stream.concat(Stream.of("--jdbc-url", database.jdbcUrl(), "--db-user", database.username()),
                Stream.of(options)).toList());
    }

    /** Whatever INTERVIEW_DB_URL says. */
    private static Run rescoreWithoutDatabase(String... options) {
        return rescore(Stream.concat(Stream.of("--jdbc-url="), Stream.of(options)).toList());
    }

    private static Run rescore(List<String> options) {
        List<String> args = new ArrayList<>(List.of("rescore", "--bootstrap-servers", broker.bootstrapServers(),
                "--out", WORK.resolve("report").toString()));
        args.addAll(options);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new EvalCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** The score as another interview's: the same transcripts and results under another event and interview id. */
    private static InterviewScored asAnotherInterview(InterviewScored scored) {
        return new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), scored.occurredAt(), scored.context(),
                scored.stageScores(), scored.total(), scored.band(), scored.recommendation(), scored.needsReview(),
                scored.results(), scored.improvementAreas());
    }

    private static Stream<DimensionRating> ratings(InterviewRescored rescored) {
        return rescored.stages().stream().flatMap(stage -> stage.dimensions().stream())
                .flatMap(dimension -> Stream.of(dimension.live(), dimension.rescored())).filter(Objects::nonNull);
    }

    private static void storeKey(DataKey key) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into " + KEY_TABLE + " (interview_id, data_key, created_at) values (?, ?, now())")) {
            insert.setObject(1, key.interviewId());
            insert.setBytes(2, key.bytes().orElseThrow());
            insert.executeUpdate();
        }
    }

    /** As the gateway's erasure does: the row stays, without its key. */
    private static void destroyKey(UUID interviewId) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement update = connection.prepareStatement(
                "update " + KEY_TABLE + " set data_key = null, erased_at = ? where interview_id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setObject(2, interviewId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void send(KafkaProducer<String, String> producer, InterviewScored scored, String value)
            throws Exception {
        producer.send(new ProducerRecord<>(Topics.SCORED, scored.interviewId().toString(), value)).get();
    }

    private static ConsumerRecord<String, String> lastRescore(UUID interviewId) {
        List<ConsumerRecord<String, String>> records = readRescored(broker.bootstrapServers()).stream()
                .filter(record -> record.key().equals(interviewId.toString())).toList();
        assertFalse(records.isEmpty(), "a re-score of " + interviewId);
        return records.get(records.size() - 1);
    }


}
