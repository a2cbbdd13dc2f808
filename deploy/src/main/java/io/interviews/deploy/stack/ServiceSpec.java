package io.interviews.deploy.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One service of the local stack: its name, the Maven module that builds it, and extra environment
 * (for example {@code INTERVIEW_STAGE_NAME} for a plugged-in stage that reuses another module's runner).
 */
public record ServiceSpec(String name, String module, Map<String, String> env) {

    public ServiceSpec {
        env = Map.copyOf(env);
    }

    public static ServiceSpec of(String module) {
        return new ServiceSpec(module, module, Map.of());
    }

    /**
     * A stage plugged in through configuration only: {@code interviewer-tech}'s runner started as
     * {@code interviewer-<stage>} with the question banks in {@code bankDir} ({@code bank-en.json},
     * {@code bank-zh.json}). Schema {@code interviewer_<stage>} and consumer group {@code interviewer-<stage>}
     * follow from the stage name, as in the Helm chart's {@code stages.extra}.
     */
    public static ServiceSpec stage(String stage, Path bankDir) {
        String name = "interviewer-" + stage;
        // not QUARKUS_APPLICATION_NAME (fixed at build time): ce_source and consumer group follow the stage name
        // through stage-kit's interview.service.name
        return new ServiceSpec(name, "interviewer-tech", Map.of(
                "INTERVIEW_STAGE_NAME", stage,
                "INTERVIEW_STAGE_BANK_DIR", bankDir.toAbsolutePath().normalize().toString()));
    }

    /** The six services of the default plan (tech, hr, boss). */
    public static List<ServiceSpec> defaults() {
        return List.of(of("gateway"), of("interviewer-tech"), of("interviewer-hr"), of("interviewer-boss"),
                of("scoring-service"), of("offer-service"));
    }
}
