package io.interviews.stage.config;

import io.interviews.events.Language;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads and checks the stage's question banks at start-up, so a broken bank stops the service at once. */
@ApplicationScoped
public class InterviewerProducer {

    private static final Logger LOG = Logger.getLogger(InterviewerProducer.class);

    @Produces
    @Singleton
    @Startup
    RubricInterviewer rubricInterviewer(StageConfig config) {
        StageBank bank = config.bankDir()
                .map(directory -> StageBankLoader.fromDirectory(directory, config.name()))
                .orElseGet(() -> StageBankLoader.fromClasspath(config.name()));
        LOG.infof("Interviewing for stage '%s' with rubric %s (%d main questions)", bank.stage(), bank.rubricVersion(),
                bank.bank(Language.EN).questions().size());
        return new RubricInterviewer(bank);
    }
}
