package io.interviews.kit;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * When a launcher (the local stack, a system test) sets {@code INTERVIEW_PARENT_PID}, the service exits
 * as soon as that process is gone, so a killed launcher leaves no service behind.
 */
@ApplicationScoped
public class ParentProcessWatch {

    private static final Logger LOG = Logger.getLogger(ParentProcessWatch.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "interview.parent-pid") Optional<Long> parentPid) {
        parentPid.ifPresent(pid -> {
            Optional<ProcessHandle> parent = ProcessHandle.of(pid);
            if (parent.isEmpty()) {
                LOG.warnf("Parent process %d is already gone; exiting", pid);
                Quarkus.asyncExit();
                return;
            }
            parent.get().onExit().thenRun(() -> {
                LOG.infof("Parent process %d exited; shutting down", pid);
                Quarkus.asyncExit();
            });
        });
    }
}
