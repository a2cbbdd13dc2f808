package io.interviews.scoring.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V4 folds the tables that mirrored the events' records into JSON: a scorecard written before reads the same. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ScorecardDocumentsMigrationTest {

    private static final String SCHEMA = "scoring_before_documents";
    private static final String INTERVIEW = "6f1c1d38-52f4-4f43-9d43-0d0f8f8e2a11";
    private static final Instant STARTED = Instant.parse("2025-03-03T10:05:00Z");
    private static final Instant ANSWERED = Instant.parse("2025-03-03T10:15:30.250Z");
    private static final Instant COMPLETED = Instant.parse("2025-03-03T10:20:00Z");

    // its own connections: a search path set here must not reach the service's pool
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** What Hibernate reads JSON columns with (service-kit's EventJsonColumns). */
    private final ObjectMapper json = EventCodec.objectMapper();

    @Test
    void aScorecardAndProgressWrittenInTablesBecomeTheEventsRecords() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            migrate("3");
            sql.execute("set search_path to " + SCHEMA);
            sql.execute("""
                    insert into scorecard (interview_id, candidate_name, candidate_email, position_title,
                        position_level, position_location, language, total, band, recommendation, needs_review,
                        missing_stages, scored_at, scored_event_id)
                    values ('%s', '李伟', 'li.wei@example.com', 'Python Backend Developer', 'mid', 'London', 'zh',
                        70.0, 'CONSIDER', 'Incomplete interview (no result for hr): human review required', true,
                        '{hr}', '2025-03-03T10:21:00Z', gen_random_uuid());
                    insert into scorecard_plan values ('%1$s', 0, 'tech', 0.6), ('%1$s', 1, 'hr', 0.4);
                    insert into scorecard_stage (id, interview_id, position, stage, weight, score, rubric_version,
                        needs_review, started_at, completed_at, review_reasons)
                    values (1, '%1$s', 0, 'tech', 0.6, 70.0, 'tech-zh-1', true, '%s', '%s',
                        '{"The model did not answer in time on tech-2: rated by the rubric brain."}');
                    insert into scorecard_dimension (stage_id, position, dimension, rating, weight, evidence,
                        rationale, trusted, brain)
                    values (1, 1, 'coding', 3, 0.5, '{"我先写测试"}', null, false, 'openai+rubric'),
                           (1, 0, 'system_design', 2, 0.5, '{"加机器扛住流量","先看监控"}', '只谈到扩容', true, 'rubric');
                    insert into scorecard_exchange values
                        (1, 0, 'tech-1', '你如何设计一个高并发系统？', false, '加机器扛住流量，先看监控', '%s'),
                        (1, 1, null, '还有呢？', true, null, null);
                    insert into interview_progress values ('%1$s', '{tech,hr}', 'tech', '2025-03-03T10:20:00Z'),
                        (gen_random_uuid(), '{tech}', 'intake', '2025-03-03T10:00:00Z');
                    insert into completed_stage values ('%1$s', 0, 'tech', 70.0, true, '%3$s');
                    """.formatted(INTERVIEW, STARTED, COMPLETED, ANSWERED));
            migrate(null);

            try (ResultSet row = sql.executeQuery("select context, results from scorecard")) {
                assertTrue(row.next());
                assertEquals(new InterviewContext(new Candidate("李伟", "li.wei@example.com"),
                                new Position("Python Backend Developer", "mid", "London"), Language.ZH,
                                List.of(new PlannedStage("tech", 0.6), new PlannedStage("hr", 0.4))),
                        json.readValue(row.getString("context"), InterviewContext.class));
                assertEquals(List.of(new StageResult("tech", "tech-zh-1", 70.0, List.of(
                                new DimensionRating("system_design", 2, 0.5, List.of("加机器扛住流量", "先看监控"), "只谈到扩容",
                                        true, "rubric"),
                                new DimensionRating("coding", 3, 0.5, List.of("我先写测试"), null, false,
                                        "openai+rubric")),
                                List.of(new Exchange("tech-1", "你如何设计一个高并发系统？", false, "加机器扛住流量，先看监控", ANSWERED),
                                        new Exchange(null, "还有呢？", true, null, null)),
                                true, List.of("The model did not answer in time on tech-2: rated by the rubric brain."),
                                STARTED, COMPLETED)),
                        json.readValue(row.getString("results"), new TypeReference<List<StageResult>>() { }));
            }
            try (ResultSet rows = sql.executeQuery(
                    "select completed_stages from interview_progress order by interview_id = '" + INTERVIEW + "'")) {
                assertTrue(rows.next());
                assertEquals("[]", rows.getString(1));
                assertTrue(rows.next());
                assertEquals(List.of(new CompletedStage("tech", 70.0, true, COMPLETED)),
                        json.readValue(rows.getString(1), new TypeReference<List<CompletedStage>>() { }));
            }
            sql.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    /** Migrates the test schema up to {@code target}, or to the latest version when it is null. */
    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(url, user, password).schemas(SCHEMA)
                .locations("classpath:db/service-kit", "classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
