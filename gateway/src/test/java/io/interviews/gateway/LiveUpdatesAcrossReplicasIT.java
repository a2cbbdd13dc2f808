package io.interviews.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.infra.Database;
import io.interviews.deploy.infra.Ports;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.ask;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two gateways, each the built application in a process of its own, in one consumer group on one database and
 * broker: a candidate sees every question on whichever replica its stream is open, whichever replica consumed it.
 * Runs after {@code package} (the surefire execution {@code replicas}).
 */
class LiveUpdatesAcrossReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INTERVIEWS = 6;

    private static ServiceProcess replicaA;
    private static ServiceProcess replicaB;

    @BeforeAll
    static void startTwoGateways() {
        RealInfrastructure.kafkaBroker().createTopics(Topics.ALL, 3);
        Database database = RealInfrastructure.database();
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", RealInfrastructure.kafkaBootstrapServers(),
                "INTERVIEW_DB_URL", database.jdbcUrl(),
                "INTERVIEW_DB_USER", database.username(),
                "INTERVIEW_DB_PASSWORD", database.password(),
                "RECRUITER_KEY", TestInterviews.RECRUITER_KEY,
                // both replicas read the same desk sign-in cookies
                "INTERVIEW_GATEWAY_SESSION_KEY", "replicas-share-this-session-key",
                "INTERVIEW_SERVICE_API_KEY", "test-service-api-key");
        Path app = ServiceProcess.applicationJar(Path.of("target"));
        Path logs = RealInfrastructure.infraDir().resolve("logs");
        int[] ports = Ports.freeLoopbackPorts(2);
        replicaA = ServiceProcess.start("gateway-a", app, ports[0], env, logs.resolve("gateway-a.log"));
        replicaB = ServiceProcess.start("gateway-b", app, ports[1], env, logs.resolve("gateway-b.log"));
        replicaA.awaitReady(Duration.ofSeconds(90));
        replicaB.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopGateways() {
        if (replicaA != null) {
            replicaA.close();
        }
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @Test
    void everyQuestionReachesTheCandidatesStreamsOnBothReplicas() throws Exception {
        List<Registration> interviews = new ArrayList<>();
        List<SseRecorder> streams = new ArrayList<>();
        try {
            for (int i = 0; i < INTERVIEWS; i++) {
                Registration interview = register(i % 2 == 0 ? replicaA : replicaB);
                interviews.add(interview);
                streams.add(SseRecorder.open(events(replicaA, interview), interview.bearer()));
                streams.add(SseRecorder.open(events(replicaB, interview), interview.bearer()));
            }
            await().atMost(TIMEOUT).until(() -> streams.stream().allMatch(s -> !s.events("status").isEmpty()));

            // the interviews' records spread over the partitions, which the two replicas share out between them
            interviews.forEach(interview -> ask(interview, "tech", "tech-1", 1));

            await().atMost(TIMEOUT).until(() -> streams.stream().allMatch(s -> !s.events("question").isEmpty()));
            for (SseRecorder stream : streams) {
                assertEquals("tech-1", JSON.readTree(stream.events("question").get(0).data())
                        .get("questionId").asText());
            }
        } finally {
            for (SseRecorder stream : streams) {
                stream.close();
            }
        }
    }

    private static Registration register(ServiceProcess replica) {
        var response = given().baseUri(replica.baseUrl()).contentType(ContentType.JSON)
                .header(TestInterviews.RECRUITER_KEY_HEADER, TestInterviews.RECRUITER_KEY)
                .body(TestInterviews.application())
                .when().post(TestInterviews.INVITATIONS)
                .then().statusCode(201)
                .extract();
        return new Registration(UUID.fromString(response.path("interviewId")), response.path("candidateToken"));
    }

    private static URI events(ServiceProcess replica, Registration interview) {
        return URI.create(replica.baseUrl() + "/api/interviews/" + interview.id() + "/events");
    }
}
