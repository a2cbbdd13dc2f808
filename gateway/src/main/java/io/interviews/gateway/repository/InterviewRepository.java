package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InterviewRepository implements PanacheRepositoryBase<Interview, UUID> {

    /**
     * The interview with its row locked until the transaction ends: answers and read-model updates of one
     * interview are applied one at a time.
     */
    public Optional<Interview> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Where the system's wait starts, by status, and its cutoff (see {@link StallCutoffs}). */
    private static final String STALLED = """
            (status = :inProgress and waitingSince is not null and waitingSince <= :stageCutoff
             or status = :scoring and lastEventAt is not null and lastEventAt <= :letterCutoff
             or status = :awaitingDecision and decidedAt is not null and decidedAt <= :letterCutoff)""";

    /**
     * An HQL condition on {@link Interview} (unqualified attribute names) that holds for the stalled interviews and
     * is never unknown, so its negation holds for the others; bind {@link #stalledParameters(StallCutoffs)}.
     */
    public static String stalledCondition() {
        return STALLED;
    }

    public static Map<String, Object> stalledParameters(StallCutoffs cutoffs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("inProgress", InterviewStatus.IN_PROGRESS);
        parameters.put("scoring", InterviewStatus.SCORING);
        parameters.put("awaitingDecision", InterviewStatus.AWAITING_DECISION);
        parameters.put("stageCutoff", cutoffs.stage());
        parameters.put("letterCutoff", cutoffs.letter());
        return parameters;
    }

    /**
     * Most recently registered first; all statuses when {@code status} is empty; when {@code stalled} is given,
     * only the interviews stalled as of {@code stallCutoffs} ({@code true}) or the others.
     */
    public List<Interview> latest(Optional<InterviewStatus> status, Optional<Boolean> stalled,
                                  StallCutoffs stallCutoffs, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        status.ifPresent(s -> {
            conditions.add("status = :status");
            parameters.and("status", s);
        });
        stalled.ifPresent(wanted -> {
            String condition = stalledCondition();
            conditions.add(wanted ? condition : "not " + condition);
            stalledParameters(stallCutoffs).forEach(parameters::and);
        });
        Sort newestFirst = Sort.descending("registeredAt");
        return (conditions.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters))
                .page(Page.ofSize(limit))
                .list();
    }
}
