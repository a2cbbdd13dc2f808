package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Most recently registered first; all statuses when {@code status} is empty; when {@code stalled} is given,
     * only the interviews whose wait started at or before {@code stallCutoff} ({@code true}) or the others.
     */
    public List<Interview> latest(Optional<InterviewStatus> status, Optional<Boolean> stalled, Instant stallCutoff,
                                  int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        status.ifPresent(s -> {
            conditions.add("status = :status");
            parameters.and("status", s);
        });
        stalled.ifPresent(wanted -> {
            conditions.add(wanted ? "waitingSince <= :cutoff" : "(waitingSince is null or waitingSince > :cutoff)");
            parameters.and("cutoff", stallCutoff);
        });
        Sort newestFirst = Sort.descending("registeredAt");
        return (conditions.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters))
                .page(Page.ofSize(limit))
                .list();
    }
}
