package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import io.interviews.deploy.stack.SimulatedCandidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The system as the module's tests see it: broker, PostgreSQL, the six services and the {@code coding} stage
 * plugged in through configuration only ({@code interviewer-tech}'s runner with the banks in
 * {@code deploy/stages/coding}), all real processes. Started once for the whole module by
 * {@link LiveSystemExtension}; every {@link Scenario} starts right away, in parallel, and each test awaits the
 * interviews it checks.
 */
final class LiveSystem implements AutoCloseable {

    static final Path PROJECT_ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path CODING_STAGE = PROJECT_ROOT.resolve("deploy/stages/coding");
    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final InterviewClient client;
    private final ExecutorService candidates = Executors.newFixedThreadPool(Scenario.values().length);
    private final Map<Scenario, CompletableFuture<Outcome>> interviews = new EnumMap<>(Scenario.class);

    /** A finished interview: as the candidate took it, and as the recruiter sees it once the letter is drafted. */
    record Outcome(Scenario scenario, InterviewClient.Registration interview,
                   List<SimulatedCandidate.AnsweredQuestion> answered, JsonNode recruiterView) {

        String interviewId() {
            return interview.interviewId();
        }
    }

    private LiveSystem(LocalStack stack) {
        this.stack = stack;
        this.client = new InterviewClient(stack.gatewayUrl());
    }

    static LiveSystem start() {
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.defaults()) {
            services.add("gateway".equals(service.name()) ? reportingStallsQuickly(service) : service);
        }
        services.add(ServiceSpec.stage("coding", CODING_STAGE));
        LiveSystem system = new LiveSystem(
                LocalStack.start(PROJECT_ROOT, PROJECT_ROOT.resolve("system-test/target/stack"), services));
        for (Scenario scenario : Scenario.values()) {
            system.interviews.put(scenario,
                    CompletableFuture.supplyAsync(() -> system.takeInterview(scenario), system.candidates));
        }
        return system;
    }

    /** The gateway reporting a stopped stage within seconds, not the production default of minutes. */
    private static ServiceSpec reportingStallsQuickly(ServiceSpec gateway) {
        Map<String, String> env = new HashMap<>(gateway.env());
        env.put("INTERVIEW_GATEWAY_STALL_AFTER", "10s");
        env.put("INTERVIEW_GATEWAY_STALL_CHECK_INTERVAL", "1s");
        return gateway.withEnv(env);
    }

    LocalStack stack() {
        return stack;
    }

    /** Waits for the scenario's interview to reach {@code AWAITING_DECISION}; rethrows what stopped it. */
    Outcome outcome(Scenario scenario) {
        try {
            return interviews.get(scenario).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Every interview of the module, once all are finished. */
    List<Outcome> allOutcomes() {
        return Arrays.stream(Scenario.values()).map(this::outcome).toList();
    }

    private Outcome takeInterview(Scenario scenario) {
        SimulatedCandidate candidate = scenario.holdout != null
                ? scenario.holdout.answerBook(PROJECT_ROOT.resolve("system-test/target"))
                : new SimulatedCandidate(scenario.persona, scenario.language);
        if (scenario.stages().contains("coding")) {
            candidate = candidate.withStageAnswers(CODING_STAGE);
        }
        InterviewClient.Registration interview = client.invite(new InterviewClient.Application(
                Map.of("name", scenario.candidateName, "email", scenario.name().toLowerCase(Locale.ROOT) + "@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                scenario.language, scenario.plan), stack.recruiterKey());
        List<SimulatedCandidate.AnsweredQuestion> answered =
                candidate.takeInterview(client, interview, INTERVIEW_TIMEOUT, exchange -> { });
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);
        try {
            return new Outcome(scenario, interview, answered,
                    JSON.readTree(client.recruiterView(interview.interviewId(), stack.recruiterKey())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        candidates.shutdownNow();
        stack.close();
    }
}
