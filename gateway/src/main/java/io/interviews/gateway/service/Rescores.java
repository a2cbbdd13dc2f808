package io.interviews.gateway.service;

import io.interviews.events.Band;
import io.interviews.events.InterviewRescored;
import io.interviews.events.RescoreRequested;
import io.interviews.events.Topics;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewScore;
import io.interviews.gateway.repository.Rescore;
import io.interviews.gateway.repository.RescoreInterview;
import io.interviews.gateway.repository.RescoreRepository;
import io.interviews.gateway.rest.RescoreForm;
import io.interviews.kit.Erasures;
import io.interviews.kit.Outbox;
import io.interviews.kit.rest.ProblemException;
import io.interviews.kit.rest.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recruiters' re-scores (README: Re-scoring): a request selects scored interviews and asks, through the outbox, for
 * each to be graded again with the rubric versions and brains the stages run now ({@link RescoreRequested} on
 * {@code interview.rescores}); scoring-service's answers ({@link InterviewRescored} on {@code interview.rescored}) are
 * kept per request and interview for the request's progress and drift report. Nothing live changes.
 */
@ApplicationScoped
public class Rescores {

    /** The most interviews one request may select (and name). */
    public static final int MAX_INTERVIEWS = 1000;
    private static final String PATH = "/api/recruiter/rescores/";
    private static final Logger LOG = Logger.getLogger(Rescores.class);

    @Inject InterviewRepository interviews;
    @Inject RescoreRepository rescores;
    @Inject Erasures erasures;
    @Inject Outbox outbox;

    /** Where a re-score's progress and drift report are. */
    public record Links(String self, String driftCsv, String driftHtml) {

        static Links of(UUID rescoreId) {
            String self = PATH + rescoreId;
            return new Links(self, self + "/drift.csv", self + "/drift.html");
        }
    }

    /** A request as taken: its id and how many interviews it selected. */
    public record RequestedRescore(UUID rescoreId, Instant requestedAt, String requestedBy, int interviews,
                                   Links links) {

        static RequestedRescore of(Rescore rescore) {
            return new RequestedRescore(rescore.id, rescore.requestedAt, rescore.requestedBy, rescore.interviewCount,
                    Links.of(rescore.id));
        }
    }

    /** One interview's re-score: both totals and bands. */
    public record RescoreResult(UUID interviewId, String brain, double liveTotal, Band liveBand,
                                    double rescoredTotal, Band rescoredBand, boolean bandChanged, Instant rescoredAt) {

        static RescoreResult of(RescoreInterview row) {
            InterviewRescored result = row.result;
            return new RescoreResult(row.interviewId, result.brain(), result.liveTotal(), result.liveBand(),
                    result.rescoredTotal(), result.rescoredBand(), result.bandChanged(), row.rescoredAt);
        }
    }

    /**
     * How far a request got: of the {@code interviews} it selected, how many are {@code rescored}, how many were
     * {@code erased} since (they never will be), which are {@code pending}; {@code complete} once none is.
     */
    public record RescoreProgress(UUID rescoreId, Instant requestedAt, String requestedBy, int interviews,
                                  int rescored, int erased, boolean complete, long bandChanges, List<UUID> pending,
                                  List<RescoreResult> results, Links links) {
    }

    /**
     * Selects the scored interviews {@code form} names (all of them must be scored) or, naming none, every scored one,
     * narrowed to those scored at or after {@code scoredSince}; records the request as {@code recruiter}'s and asks
     * for each interview's re-score, in one transaction. 422 for named interviews that cannot be re-scored, for no
     * interview selected and for more than {@link #MAX_INTERVIEWS}.
     */
    @Transactional
    public RequestedRescore request(RescoreForm form, String recruiter) {
        refuseOtherFields(form);
        List<UUID> selected = select(form);
        Rescore rescore = new Rescore();
        rescore.id = UUID.randomUUID();
        // at the database's precision, so the answer and every later read agree
        rescore.requestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rescore.requestedBy = recruiter;
        rescore.interviewCount = selected.size();
        rescores.persistAndFlush(rescore); // before its interviews, whose inserts (identity ids) run at once
        for (UUID interviewId : selected) {
            RescoreInterview row = new RescoreInterview();
            row.rescoreId = rescore.id;
            row.interviewId = interviewId;
            rescores.persist(row);
            outbox.add(Topics.RESCORES, RescoreRequested.of(interviewId, rescore.id));
        }
        LOG.infof("Re-score %s of %d interviews requested by %s", rescore.id, selected.size(), recruiter);
        return RequestedRescore.of(rescore);
    }

    /** The latest {@code limit} requests, the latest first. */
    @Transactional
    public List<RequestedRescore> latest(int limit) {
        return rescores.latest(limit).stream().map(RequestedRescore::of).toList();
    }

    @Transactional
    public RescoreProgress progress(UUID rescoreId) {
        Rescore rescore = rescore(rescoreId);
        List<RescoreInterview> rows = rescores.interviewsOf(rescoreId);
        List<RescoreResult> results = rows.stream().filter(RescoreInterview::isRescored)
                .map(RescoreResult::of).toList();
        List<UUID> pending = rows.stream().filter(row -> !row.isRescored()).map(row -> row.interviewId).toList();
        return new RescoreProgress(rescore.id, rescore.requestedAt, rescore.requestedBy, rescore.interviewCount,
                results.size(), rescore.interviewCount - rows.size(), pending.isEmpty(),
                results.stream().filter(RescoreResult::bandChanged).count(), pending, results,
                Links.of(rescore.id));
    }

    /** The re-scores that arrived so far, in the order the request selected the interviews: the drift report's rows. */
    @Transactional
    public List<InterviewRescored> results(UUID rescoreId) {
        rescore(rescoreId);
        return rescores.interviewsOf(rescoreId).stream().filter(RescoreInterview::isRescored)
                .map(row -> row.result).toList();
    }

    /**
     * Keeps a re-score that answers one of this gateway's requests, the first one per request and interview; the
     * others (the evaluation's {@code rescore} command's, without a request, or another gateway's) are not ours.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InterviewRescored event) {
        Optional<RescoreInterview> requested = event.rescoreId() == null ? Optional.empty()
                : rescores.interviewOf(event.rescoreId(), event.interviewId());
        if (requested.isEmpty()) {
            LOG.debugf("Interview %s: re-score %s answers no request of this gateway; ignored", event.interviewId(),
                    event.rescoreId());
        } else if (requested.get().isRescored()) {
            LOG.infof("Interview %s: re-score %s answered again (event %s); the first answer is kept",
                    event.interviewId(), event.rescoreId(), event.eventId());
        } else {
            requested.get().result = event;
            requested.get().rescoredAt = Instant.now();
        }
    }

    private static void refuseOtherFields(RescoreForm form) {
        if (!form.otherFields().isEmpty()) {
            throw RequestRejected.invalid(form.otherFields().keySet().stream().sorted()
                    .map(field -> new Violation(field, "is not a field of a re-score request (interviewIds, "
                            + "scoredSince)"))
                    .toList());
        }
    }

    private List<UUID> select(RescoreForm form) {
        Optional<Instant> since = Optional.ofNullable(form.scoredSince());
        List<UUID> selected;
        if (form.interviewIds() == null) {
            List<InterviewScore> scored = interviews.scoredForShare(since, MAX_INTERVIEWS + 1);
            if (scored.size() > MAX_INTERVIEWS) {
                throw new UnprocessableRequest("more than " + MAX_INTERVIEWS + " scored interviews match; a re-score "
                        + "takes at most " + MAX_INTERVIEWS + ": narrow it with scoredSince or interviewIds",
                        List.of());
            }
            selected = scored.stream().map(InterviewScore::id).toList();
        } else {
            selected = named(form.interviewIds()).stream()
                    .filter(score -> since.isEmpty()
                            || score.scoredAt() != null && !score.scoredAt().isBefore(since.get()))
                    .map(InterviewScore::id).toList();
        }
        if (selected.isEmpty()) {
            throw new UnprocessableRequest(since.map(at -> "no " + (form.interviewIds() == null ? "" : "named ")
                    + "interview was scored at or after " + at).orElse("no interview is scored yet"), List.of());
        }
        return selected;
    }

    /** The named interviews' scores, each once, in the order named; 422 naming those not here or not scored. */
    private List<InterviewScore> named(List<UUID> ids) {
        Map<UUID, InterviewScore> found = interviews.scoresForShare(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(InterviewScore::id, Function.identity()));
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            InterviewScore score = found.get(id);
            String problem = score == null ? (erasures.find(id).isPresent() ? "interview " + id + " was erased"
                    : "no interview " + id) : score.isScored() ? null : "interview " + id + " is not scored yet";
            if (problem != null) {
                refused.add(new Violation("interviewIds[" + i + "]", problem));
            }
        }
        if (!refused.isEmpty()) {
            throw new UnprocessableRequest("only scored interviews can be re-scored: "
                    + ProblemException.summary(refused), refused);
        }
        return new LinkedHashSet<>(ids).stream().map(found::get).toList();
    }

    private Rescore rescore(UUID rescoreId) {
        return rescores.findByIdOptional(rescoreId)
                .orElseThrow(() -> new RequestRejected(Status.NOT_FOUND, "no re-score " + rescoreId));
    }
}
