package io.interviews.interviewer.tech;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The tech stage with the openai brain against the local stub, short model timeouts and the code runner on. */
public class OpenAiBrainProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "interview.stage.brain", "openai",
                "interview.stage.openai.timeout-seconds", "2",
                "interview.stage.code-runner.enabled", "true",
                "interview.stage.code-runner.wall-time", "20s",
                "interview.stage.code-runner.work-dir", "target/code-runs");
    }
}
