package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RescoreRepository implements PanacheRepositoryBase<Rescore, UUID> {

    /** The latest {@code limit} requests, the latest first. */
    public List<Rescore> latest(int limit) {
        return find("order by requestedAt desc").page(0, limit).list();
    }

    public void persist(RescoreInterview interview) {
        getEntityManager().persist(interview);
    }

    /** The request's interviews in the order it selected them (an erased one is no longer among them). */
    public List<RescoreInterview> interviewsOf(UUID rescoreId) {
        return getEntityManager()
                .createQuery("from RescoreInterview where rescoreId = :rescoreId order by id", RescoreInterview.class)
                .setParameter("rescoreId", rescoreId)
                .getResultList();
    }

    public Optional<RescoreInterview> interviewOf(UUID rescoreId, UUID interviewId) {
        return getEntityManager().createQuery(
                        "from RescoreInterview where rescoreId = :rescoreId and interviewId = :interviewId",
                        RescoreInterview.class)
                .setParameter("rescoreId", rescoreId)
                .setParameter("interviewId", interviewId)
                .getResultStream().findFirst();
    }
}
