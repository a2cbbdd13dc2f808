package io.interviews.deploy.stack;

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

    /** The six services of the default plan (tech, hr, boss). */
    public static List<ServiceSpec> defaults() {
        return List.of(of("gateway"), of("interviewer-tech"), of("interviewer-hr"), of("interviewer-boss"),
                of("scoring-service"), of("offer-service"));
    }
}
