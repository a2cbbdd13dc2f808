package io.interviews.gateway.service;

import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.QuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The recruiter's view: every interview with its answers, scores, letters and decisions, behind the recruiter key. */
@ApplicationScoped
public class RecruiterInterviews {

    public static final int MAX_LIST_SIZE = 200;

    private final InterviewRepository interviews;
    private final QuestionRepository questions;
    private final RecruiterKey recruiterKey;

    RecruiterInterviews(InterviewRepository interviews, QuestionRepository questions, RecruiterKey recruiterKey) {
        this.interviews = interviews;
        this.questions = questions;
        this.recruiterKey = recruiterKey;
    }

    @Transactional
    public RecruiterView interview(String key, UUID interviewId) {
        recruiterKey.check(key);
        return interviews.findByIdOptional(interviewId)
                .map(interview -> RecruiterView.of(interview, questions.ofInterview(interviewId)))
                .orElseThrow(() -> RequestRejected.notFound("interview not found"));
    }

    /** Newest first, optionally only those with {@code status} (one of {@link InterviewStatus}). */
    @Transactional
    public List<RecruiterView.Summary> interviews(String key, String status, int limit) {
        recruiterKey.check(key);
        if (limit < 1 || limit > MAX_LIST_SIZE) {
            throw RequestRejected.invalid("limit", "must be between 1 and " + MAX_LIST_SIZE);
        }
        return interviews.latest(parseStatus(status), limit).stream().map(RecruiterView.Summary::of).toList();
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
