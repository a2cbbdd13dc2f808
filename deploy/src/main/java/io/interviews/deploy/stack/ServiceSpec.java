package io.interviews.deploy.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One service of the local stack: its name, the Maven module that builds it, extra environment (for example
 * {@code INTERVIEW_STAGE_NAME} for a plugged-in stage that reuses another module's runner) and its largest heap.
 */
public record ServiceSpec(String name, String module, Map<String, String> env, int maxHeapMegabytes) {

    /**
     * About twice each service's live heap under load (bench README, "One heap per service"): an interviewer's
     * is 55-59 MB, its embedding tables included, the gateway's about 45 MB, the scoring and offer services' 25 MB.
     */
    private static final Map<String, Integer> MAX_HEAP_MEGABYTES = Map.of(
            "gateway", 96, "scoring-service", 64, "offer-service", 64);
    private static final int INTERVIEWER_MAX_HEAP_MEGABYTES = 128;

    public ServiceSpec {
        env = Map.copyOf(env);
        if (maxHeapMegabytes < 16) {
            throw new IllegalArgumentException(name + ": a heap of " + maxHeapMegabytes + " MB is too small to start");
        }
    }

    public static ServiceSpec of(String module) {
        return new ServiceSpec(module, module, Map.of(),
                MAX_HEAP_MEGABYTES.getOrDefault(module, INTERVIEWER_MAX_HEAP_MEGABYTES));
    }

    /** This service with {@code env} in place of its extra environment. */
    public ServiceSpec withEnv(Map<String, String> env) {
        return new ServiceSpec(name, module, env, maxHeapMegabytes);
    }

    /** The JVM options this service adds to {@code ServiceProcess}'s defaults: its heap. */
    public List<String> jvmOptions() {
        return List.of("-Xmx" + maxHeapMegabytes + "m");
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
                "INTERVIEW_STAGE_BANK_DIR", bankDir.toAbsolutePath().normalize().toString()),
                INTERVIEWER_MAX_HEAP_MEGABYTES);
    }

    /** The six services of the default plan (tech, hr, boss). */
    public static List<ServiceSpec> defaults() {
        return List.of(of("gateway"), of("interviewer-tech"), of("interviewer-hr"), of("interviewer-boss"),
                of("scoring-service"), of("offer-service"));
    }
}
