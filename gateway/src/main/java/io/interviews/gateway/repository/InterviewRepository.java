package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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

    /** Most recently registered first; all statuses when {@code status} is empty. */
    public List<Interview> latest(Optional<InterviewStatus> status, int limit) {
        Sort newestFirst = Sort.descending("registeredAt");
        return status.map(s -> find("status", newestFirst, s)).orElseGet(() -> findAll(newestFirst))
                .page(Page.ofSize(limit))
                .list();
    }
}
