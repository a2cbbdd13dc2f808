package io.interviews.gateway.service;

import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.repository.StallCutoffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The recruiter's view: every interview with its answers, scores, letters and decisions. */
@ApplicationScoped
public class RecruiterInterviews {

    private final InterviewRepository interviews;
    private final QuestionRepository questions;
    private final StalledInterviews stalls;

    RecruiterInterviews(InterviewRepository interviews, QuestionRepository questions, StalledInterviews stalls) {
        this.interviews = interviews;
        this.questions = questions;
        this.stalls = stalls;
    }

    @Transactional
    public RecruiterView interview(UUID interviewId) {
        return interviews.findByIdOptional(interviewId)
                .map(interview -> RecruiterView.of(interview, stalls.of(interview), questions.ofInterview(interviewId)))
                .orElseThrow(() -> RequestRejected.notFound("interview not found"));
    }

    /**
     * Newest first, optionally only those with {@code status} (one of {@link InterviewStatus}) and only the
     * stalled ({@code stalled=true}) or the others ({@code false}).
     */
    @Transactional
    public List<RecruiterView.Summary> interviews(String status, String stalled, int limit) {
        StallCutoffs cutoffs = stalls.cutoffs();
        return interviews.latest(parseStatus(status), parseStalled(stalled), cutoffs, limit).stream()
                .map(interview -> RecruiterView.Summary.of(interview, stalls.of(interview, cutoffs)))
                .toList();
    }

    private static Optional<Boolean> parseStalled(String stalled) {
        if (stalled == null || stalled.isBlank()) {
            return Optional.empty();
        }
        return switch (stalled.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw RequestRejected.invalid("stalled", "must be true or false, not '" + stalled + "'");
        };
    }

    private static Optional<InterviewStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InterviewStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw RequestRejected.invalid("status", "unknown status '" + status + "' (expected one of "
                    + Arrays.toString(InterviewStatus.values()) + ")");
        }
    }
}
