package io.interviews.deploy;

import io.interviews.deploy.ops.UntilCtrlC;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code up}: the local stack, running until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts Kafka, PostgreSQL and the six services, prints where they are, the recruiter desk's "
                + "sign-in and one ready invitation link, and keeps them running until Ctrl-C.",
        footer = LocalStackOptions.DATABASE_ENVIRONMENT)
final class UpCommand implements Callable<Integer> {

    /** The candidate of the one ready invitation {@code up} prints. */
    private static final InterviewClient.Application SAMPLE_APPLICATION = new InterviewClient.Application(
            Map.of("name", "Ada Lovelace", "email", "ada.lovelace@example.com"),
            Map.of("title", "Backend Engineer", "level", "senior", "location", "London"), "en", null);

    @Mixin
    LocalStackOptions localStack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LocalStack stack = localStack.start();
        CountDownLatch stopped = UntilCtrlC.stopping(stack::close, "local-stack-stop");
        InterviewClient.Registration invitation = new InterviewClient(stack.gatewayUrl())
                .invite(SAMPLE_APPLICATION, stack.recruiterKey());
        spec.commandLine().getOut().printf("Gateway: %s  (recruiter key: %s)%n"
                        + "Recruiter desk: %s/recruiter  (sign in as %s, password %s)%n"
                        + "Scoring: %s  Offer: %s  (Authorization: Bearer %s)%nKafka: %s%nDatabase: %s%n"
                        + "Invitation for %s (default plan, start before %s):%n  %s%nCtrl-C stops everything.%n",
                stack.gatewayUrl(), stack.recruiterKey(), stack.gatewayUrl(), LocalStack.recruiterName(),
                LocalStack.recruiterPassword(), stack.service("scoring-service").baseUrl(),
                stack.service("offer-service").baseUrl(), stack.serviceApiKey(), stack.kafkaBootstrapServers(),
                stack.database().jdbcUrl(),
                SAMPLE_APPLICATION.candidate().get("name"), invitation.expiresAt(), invitation.candidateUrl());
        stopped.await();
        return 0;
    }
}
