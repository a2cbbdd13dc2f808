package io.interviews.gateway.service;

import io.interviews.events.Band;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewFilter;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.repository.StallCutoffs;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The recruiter's view: every interview with its answers, scores, letters and decisions. */
@ApplicationScoped
public class RecruiterInterviews {

    @Inject InterviewRepository interviews;
    @Inject QuestionRepository questions;
    @Inject StalledInterviews stalls;
    @Inject InterviewErasures erasures;

    @Transactional
    public RecruiterView interview(UUID interviewId) {
        return interviews.findByIdOptional(interviewId)
                .map(interview -> RecruiterView.of(interview, stalls.of(interview), questions.ofInterview(interviewId)))
                .orElseThrow(() -> erasures.absent(interviewId));
    }

    /** One page of the recruiter's list, newest first, and how many interviews match in all. */
    public record InterviewPage(List<RecruiterView.Summary> interviews, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * The page {@code page} (from 0) of {@code size} interviews, newest first, that match the criteria: a
     * {@code status} (one of {@link InterviewStatus}), a {@code band} (one of {@link Band}), {@code stalled} and
     * {@code needsReview} ({@code true} or {@code false}), and a part of the candidate's {@code name}; an absent
     * criterion does not filter.
     */
    @Transactional
    public InterviewPage interviews(String status, String stalled, String band, String needsReview, String name,
                                    int page, int size) {
        InterviewFilter filter = new InterviewFilter(parseEnum("status", status, InterviewStatus.class),
                parseBoolean("stalled", stalled), parseEnum("band", band, Band.class),
                parseBoolean("needsReview", needsReview),
                Optional.ofNullable(name).map(String::trim).filter(text -> !text.isEmpty()));
        StallCutoffs cutoffs = stalls.cutoffs();
        PanacheQuery<Interview> matching = interviews.matching(filter, cutoffs);
        List<RecruiterView.Summary> summaries = matching.page(page, size).list().stream()
                .map(interview -> RecruiterView.Summary.of(interview, stalls.of(interview, cutoffs)))
                .toList();
        return new InterviewPage(summaries, matching.count(), page, size);
    }

    private static Optional<Boolean> parseBoolean(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw RequestRejected.invalid(field, "must be true or false, not '" + value + "'");
        };
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw RequestRejected.invalid(field, "unknown " + field + " '" + value + "' (expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }
}
