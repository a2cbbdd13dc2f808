package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
             or status = :awaitingDecision and decision.decidedAt is not null and decision.decidedAt <= :letterCutoff)""";

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

    /** Needs a person's review: a stage was flagged, or the score was. Never unknown, so its negation works. */
    private static final String NEEDS_REVIEW = "(stagesNeedReview = true or coalesce(score.needsReview, false) = true)";

    /**
     * The interviews {@code filter} selects, most recently registered first, stalled as of {@code stallCutoffs};
     * page and count it.
     */
    public PanacheQuery<Interview> matching(InterviewFilter filter, StallCutoffs stallCutoffs) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.status().ifPresent(status -> {
            conditions.add("status = :status");
            parameters.and("status", status);
        });
        filter.stalled().ifPresent(wanted -> {
            conditions.add(wanted ? STALLED : "not " + STALLED);
            stalledParameters(stallCutoffs).forEach(parameters::and);
        });
        filter.band().ifPresent(band -> {
            conditions.add("score.band = :band");
            parameters.and("band", band);
        });
        filter.needsReview().ifPresent(wanted -> conditions.add(wanted ? NEEDS_REVIEW : "not " + NEEDS_REVIEW));
        filter.name().ifPresent(name -> {
            conditions.add("lower(candidate.name) like :name escape '\\'");
            parameters.and("name", "%" + escapeLike(name.toLowerCase(Locale.ROOT)) + "%");
        });
        Sort newestFirst = Sort.descending("registeredAt").and("id");
        return conditions.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
    }

    /** {@code text} matched literally by {@code like ... escape '\'}. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The ids of the interviews of the candidate with this email, compared ignoring case. */
    public List<UUID> idsOfCandidate(String email) {
        return getEntityManager()
                .createQuery("select id from Interview where lower(candidate.email) = :email", UUID.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultList();
    }

    /**
     * The interview's {@link LiveState}, read without loading the entity: the state every follower of a changed
     * interview is sent, read at every change (loading the whole row, JSON columns and all, was a third of that work).
     */
    public Optional<LiveState> liveState(UUID id) {
        return getEntityManager().createQuery("select new " + LiveState.class.getName()
                        + "(id, status, currentStage, openQuestionId) from Interview where id = :id", LiveState.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    private static final String SCORE = "select new " + InterviewScore.class.getName()
            + "(id, score.total, score.scoredAt) from Interview";

    /**
     * Whether and when each of {@code ids} that is an interview here was scored, its row share-locked until the
     * transaction ends (an erasure of it waits).
     */
    public List<InterviewScore> scoresForShare(Collection<UUID> ids) {
        return getEntityManager().createQuery(SCORE + " where id in :ids", InterviewScore.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList();
    }

    /**
     * Up to {@code limit} scored interviews, those scored at or after {@code since} if given, the oldest score first;
     * share-locked as {@link #scoresForShare} does.
     */
    public List<InterviewScore> scoredForShare(Optional<Instant> since, int limit) {
        var query = getEntityManager().createQuery(SCORE + " where score.total is not null"
                        + since.map(at -> " and score.scoredAt >= :since").orElse("") + " order by score.scoredAt, id",
                        InterviewScore.class)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .setMaxResults(limit);
        since.ifPresent(at -> query.setParameter("since", at));
        return query.getResultList();
    }

    /** Up to {@code limit} ids of interviews concluded before {@code cutoff}, or unconcluded and unchanged since. */
    public List<UUID> retainedBefore(Instant cutoff, int limit) {
        return getEntityManager().createQuery("""
                        select id from Interview
                        where conclusion.concludedAt < :cutoff or conclusion.concludedAt is null and updatedAt < :cutoff
                        order by updatedAt""", UUID.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }
}
