package io.interviews.gateway.service;

import io.interviews.events.Candidate;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.CandidateDetails;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.PositionDetails;
import io.interviews.gateway.rest.ApplicationForm;
import io.interviews.gateway.security.CandidateTokens;
import io.interviews.kit.DataKeys;
import io.interviews.kit.Outbox;
import io.interviews.kit.rest.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response.Status;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Creates interviews, by a recruiter's invitation or, where public registration is open, by the candidate's own
 * application, and starts each by completing the pseudo-stage "intake". Only a recruiter chooses the plan.
 */
@ApplicationScoped
public class InterviewRegistration {

    /** The candidate page's path under the gateway's public URL; the token travels as its {@code token} query. */
    private static final String CANDIDATE_PAGE = "/interview/";
    private static final String PLAN_IS_THE_RECRUITERS = "a candidate cannot choose the plan: the recruiter's "
            + "invitation sets it";

    @Inject InterviewRepository interviews;
    @Inject InterviewPlans plans;
    @Inject CandidateTokens tokens;
    @Inject Outbox outbox;
    @Inject DataKeys dataKeys;
    @Inject Validator validator;
    @Inject GatewayConfig config;

    /**
     * What the candidate is handed: the link to their interview page, or the id and token for an API client. The
     * token is not kept and cannot be shown again.
     */
    public record Invitation(UUID interviewId, String candidateToken, URI candidateUrl, Instant expiresAt) {
    }

    /** A recruiter's invitation: the plan is the named template, the one given, or the default plan. */
    @Transactional
    public Invitation invite(ApplicationForm form) {
        return start(validated(form, true));
    }

    /**
     * A candidate's own application, taken only while public registration is open (403 otherwise), always with the
     * default plan: a body naming a plan or template is refused (400).
     */
    @Transactional
    public Invitation register(ApplicationForm form) {
        if (!config.openRegistration()) {
            throw new RequestRejected(Status.FORBIDDEN,
                    "public registration is closed: interviews start with a recruiter's invitation");
        }
        return start(validated(form, false));
    }

    private Invitation start(Application application) {
        InterviewContext context = application.context();
        String token = tokens.issue();
        Interview interview = new Interview();
        interview.id = UUID.randomUUID();
        interview.tokenHash = CandidateTokens.hash(token);
        interview.candidate = CandidateDetails.of(context.candidate());
        interview.position = PositionDetails.of(context.position());
        interview.language = context.language();
        interview.plan = context.plan();
        interview.planTemplate = application.template();
        interview.status = InterviewStatus.IN_PROGRESS;
        interview.currentStage = context.plan().get(0).stage();
        // PostgreSQL keeps microseconds: so the expiry the invitation states is exactly the one stored
        interview.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        interview.invitationExpiresAt = interview.registeredAt.plus(config.invitationValidity());
        interview.updatedAt = interview.registeredAt;
        interview.trackWait(interview.registeredAt, null); // the first stage owes its first question
        interviews.persist(interview);
        dataKeys.create(interview.id);
        outbox.add(Topics.STAGE_COMPLETED, StageCompleted.intake(interview.id, context));
        return new Invitation(interview.id, token, candidateUrl(interview.id, token), interview.invitationExpiresAt);
    }

    private URI candidateUrl(UUID interviewId, String token) {
        String base = config.publicUrl().replaceFirst("/+$", "");
        // the token is URL-safe base64: it needs no escaping in a query
        return URI.create(base + CANDIDATE_PAGE + interviewId + "?token=" + token);
    }

    /** A checked application and the template its plan came from, if any. */
    private record Application(InterviewContext context, String template) {
    }

    private Application validated(ApplicationForm form, boolean byRecruiter) {
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
        violations.addAll(byRecruiter ? planViolations(form) : chosenPlanViolations(form));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw RequestRejected.invalid(violations);
        }
        List<PlannedStage> plan = form.template() != null ? plans.template(form.template()).orElseThrow()
                : form.plan() != null ? InterviewPlans.toPlan(form.plan())
                : plans.defaultPlan();
        return new Application(new InterviewContext(
                new Candidate(form.candidate().name().trim(), form.candidate().email().trim()),
                new Position(form.position().title().trim(), form.position().level().trim(),
                        form.position().location().trim()),
                language, plan), form.template());
    }

    /** A recruiter names a configured template or gives a plan (or neither, for the default plan), not both. */
    private List<Violation> planViolations(ApplicationForm form) {
        List<Violation> violations = new ArrayList<>();
        if (form.template() != null && form.plan() != null) {
            violations.add(new Violation("template", "give either a template or a plan, not both"));
        } else if (form.template() != null && plans.template(form.template()).isEmpty()) {
            violations.add(new Violation("template", "unknown template '" + form.template() + "' (configured: "
                    + (plans.templates().isEmpty() ? "none" : String.join(", ", plans.templates().keySet())) + ")"));
        }
        if (form.plan() != null) {
            violations.addAll(InterviewPlans.check(form.plan(), "plan"));
        }
        return violations;
    }

    /** A candidate registering themselves gets the default plan: naming a plan or a template is refused. */
    private static List<Violation> chosenPlanViolations(ApplicationForm form) {
        List<Violation> violations = new ArrayList<>();
        if (form.template() != null) {
            violations.add(new Violation("template", PLAN_IS_THE_RECRUITERS));
        }
        if (form.plan() != null) {
            violations.add(new Violation("plan", PLAN_IS_THE_RECRUITERS));
        }
        return violations;
    }
}
