package io.interviews.deploy.helm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** values.schema.json refuses values that would deploy something broken, before any template runs. */
class ValuesSchemaTest {

    private static final String SCHEMA_ERROR = "values don't meet the specifications of the schema";

    @Test
    void replicasWrittenAsAWordAreRefused() throws IOException {
        Path values = Files.createDirectories(Helm.WORK_DIR).resolve("replicas-two.yaml");
        Files.writeString(values, """
                services:
                  gateway:
                    replicas: two
                """);
        assertRefusedBySchema("services.gateway.replicas", "--values", values.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            services.interviewer-tech.replicas=-1            | services.interviewer-tech.replicas
            interviewers.brain=gpt                           | interviewers.brain
            services.interviewer-hr.brain=claude             | services.interviewer-hr.brain
            stages.extra[0].name=Coding                      | stages.extra.0.name
            stages.extra[0].name=c                           | stages.extra.0.name
            topics.replicas=0                                | topics.replicas
            postgresql.url=postgres://db:5432/interview      | postgresql.url
            kafka.bootstrapServers=                          | kafka.bootstrapServers
            keda.offsetResetPolicy=oldest                    | keda.offsetResetPolicy
            services.gateway.replica=2                       | services.gateway
            services.offer-service.offerThreshold=101        | services.offer-service.offerThreshold
            services.scoring-service.groupId=                | services.scoring-service.groupId
            services.gateway.image.pullPolicy=Sometimes      | services.gateway.image.pullPolicy
            services.scoring-service.maxHeap=64k             | services.scoring-service.maxHeap
            stages.extra[0].maxHeap=1.5g                     | stages.extra.0.maxHeap
            kafka.sasl.mechanism=PLAIN                       | kafka.sasl.mechanism
            codeRunner.seccompProfile.type=RuntimeDefault    | codeRunner.seccompProfile.type
            networkPolicy.llm.cidrs[0]=llm.example.com       | networkPolicy.llm.cidrs.0
            """)
    void invalidValuesAreRefused(String setting, String path) {
        assertRefusedBySchema(path, "--set", setting);
    }

    @Test
    void aStringWhereANumberBelongsIsRefusedEvenWhenItLooksNumeric() {
        assertRefusedBySchema("topics.partitions", "--set-string", "topics.partitions=6");
    }

    private static void assertRefusedBySchema(String path, String... helmArgs) {
        String error = Helm.templateRefused(SCHEMA_ERROR, helmArgs);
        assertTrue(error.contains(path), "the error does not name " + path + ":\n" + error);
    }
}
