package io.interviews.gateway.audit;

import java.time.Instant;
import java.util.List;

/** The bias audit of both selections, as of {@code generatedAt}. */
public record BiasAuditReport(Instant generatedAt, List<SelectionAudit> selections) {
}
