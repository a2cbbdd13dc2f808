package io.interviews.gateway.service;

import io.interviews.events.Candidate;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.rest.ApplicationForm;
import io.interviews.gateway.security.CandidateTokens;
import io.interviews.kit.rest.Violation;
import io.interviews.kit.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Registers an application and starts the interview by completing the pseudo-stage "intake". */
@ApplicationScoped
public class InterviewRegistration {

    private final InterviewRepository interviews;
    private final InterviewPlans plans;
    private final CandidateTokens tokens;
    private final Outbox outbox;
    private final Validator validator;

    InterviewRegistration(InterviewRepository interviews, InterviewPlans plans, CandidateTokens tokens, Outbox outbox,
                          Validator validator) {
        this.interviews = interviews;
        this.plans = plans;
        this.tokens = tokens;
        this.outbox = outbox;
        this.validator = validator;
    }

    /** The new interview's id and the candidate's token; the token is not kept and cannot be shown again. */
    public record Registered(UUID interviewId, String candidateToken) {
    }

    @Transactional
    public Registered register(ApplicationForm form) {
        InterviewContext context = validated(form);
        String token = tokens.issue();
        Interview interview = new Interview();
        interview.id = UUID.randomUUID();
        interview.tokenHash = CandidateTokens.hash(token);
        interview.candidateName = context.candidate().name();
        interview.candidateEmail = context.candidate().email();
        interview.positionTitle = context.position().title();
        interview.positionLevel = context.position().level();
        interview.positionLocation = context.position().location();
        interview.language = context.language();
        interview.plan = context.plan();
        interview.status = InterviewStatus.IN_PROGRESS;
        interview.currentStage = context.plan().get(0).stage();
        interview.registeredAt = Instant.now();
        interview.updatedAt = interview.registeredAt;
        interview.trackWait(interview.registeredAt, null); // the first stage owes its first question
        interviews.persist(interview);
        outbox.add(Topics.STAGE_COMPLETED, StageCompleted.intake(interview.id, context));
        return new Registered(interview.id, token);
    }

    private InterviewContext validated(ApplicationForm form) {
        if (form == null) {
            throw RequestRejected.invalid("", "a JSON body with candidate, position and language is required");
        }
        List<Violation> violations = new ArrayList<>();
        validator.validate(form).forEach(violation ->
                violations.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage())));
        Language language = null;
        if (form.language() == null || form.language().isBlank()) {
            violations.add(new Violation("language", "is required (en or zh)"));
        } else {
            try {
                language = Language.fromCode(form.language());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("language", e.getMessage()));
            }
        }
        if (form.plan() != null) {
            violations.addAll(InterviewPlans.check(form.plan(), "plan"));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw RequestRejected.invalid(violations);
        }
        List<PlannedStage> plan = form.plan() == null ? plans.defaultPlan() : InterviewPlans.toPlan(form.plan());
        return new InterviewContext(
                new Candidate(form.candidate().name().trim(), form.candidate().email().trim()),
                new Position(form.position().title().trim(), form.position().level().trim(),
                        form.position().location().trim()),
                language, plan);
    }
}
