package io.interviews.deploy;

import io.interviews.deploy.stack.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code up}: the local stack, running until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts Kafka, PostgreSQL and the six services, prints where they are, and keeps them running "
                + "until Ctrl-C.",
        footer = LocalStackOptions.DATABASE_ENVIRONMENT)
final class UpCommand implements Callable<Integer> {

    @Mixin
    LocalStackOptions localStack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LocalStack stack = localStack.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        spec.commandLine().getOut().printf("Gateway: %s  (recruiter key: %s)%nKafka: %s%nDatabase: %s%nCtrl-C stops everything.%n",
                stack.gatewayUrl(), stack.recruiterKey(), stack.kafkaBootstrapServers(), stack.database().jdbcUrl());
        stopped.await();
        return 0;
    }
}
