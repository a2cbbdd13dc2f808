package io.interviews.gateway.service;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CandidateResponded;
import io.interviews.events.PlannedStage;
import io.interviews.events.Topics;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.LiveState;
import io.interviews.gateway.repository.OfferResponse;
import io.interviews.gateway.repository.Question;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.rest.AnswerForm;
import io.interviews.gateway.rest.OfferResponseForm;
import io.interviews.gateway.security.CandidateTokens;
import io.interviews.gateway.service.InterviewUpdate.QuestionUpdate;
import io.interviews.gateway.service.InterviewUpdate.StatusUpdate;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The candidate's side of an interview: its state, its open question, the answers, the sent letter and the reply. */
@ApplicationScoped
public class CandidateInterviews {

    @Inject CandidateTokens tokens;
    @Inject InterviewRepository interviews;
    @Inject QuestionRepository questions;
    @Inject Outbox outbox;
    @Inject GatewayConfig config;
    @Inject StalledInterviews stalls;
    @Inject InterviewMetrics metrics;
    @Inject Webhooks webhooks;

    @Transactional
    public CandidateView view(UUID interviewId, String authorization) {
        Interview interview = tokens.interview(interviewId, authorization);
        return new CandidateView(interview.id, interview.status, interview.currentStage,
                openQuestion(interview).orElse(null), questions.countAnswered(interview.id),
                stalls.of(interview).stalled(), interview.offerResponse, interview.language,
                interview.plan.stream().map(PlannedStage::stage).toList(), List.copyOf(interview.completedStages),
                interview.candidateConsentedAt);
    }

    /**
     * Records that the candidate agreed to how the interview works and how their data is used; the first consent
     * stands, so a repeat changes nothing. Returns when they consented.
     */
    @Transactional
    public Instant consent(UUID interviewId, String authorization) {
        Interview interview = tokens.interviewForUpdate(interviewId, authorization);
        if (interview.candidateConsentedAt == null) {
            interview.candidateConsentedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        }
        return interview.candidateConsentedAt;
    }

    /** The letter sent to the candidate; a draft is never shown (404 until a recruiter approved and it was sent). */
    @Transactional
    public SentLetter letter(UUID interviewId, String authorization) {
        SentLetter letter = SentLetter.of(tokens.interview(interviewId, authorization));
        if (letter == null) {
            throw new RequestRejected(Status.NOT_FOUND, "no letter has been sent yet");
        }
        return letter;
    }

    /**
     * Records the candidate's answer to the sent offer and emits {@link CandidateResponded}, in one transaction
     * on the interview's locked row: an offer is answered once.
     */
    @Transactional
    public OfferResponse respondToOffer(UUID interviewId, String authorization, boolean accepted,
                                        OfferResponseForm form) {
        Interview interview = tokens.interviewForUpdate(interviewId, authorization);
        String comment = Remarks.optional(form == null ? null : form.comment());
        if (interview.offerResponse != null) {
            throw new RequestRejected(Status.CONFLICT, "the offer has already been "
                    + (interview.offerResponse.accepted() ? "accepted" : "declined"));
        }
        if (interview.status != InterviewStatus.OFFER_SENT) {
            throw new RequestRejected(Status.CONFLICT,
                    "there is no sent offer to answer (status " + interview.status + ")");
        }
        CandidateResponded responded = CandidateResponded.of(interview.id, accepted, comment);
        interview.offerResponse = OfferResponse.of(responded);
        outbox.add(Topics.DECISIONS, responded);
        webhooks.enqueue(responded);
        return interview.offerResponse;
    }

    /** The current status, then the open question if there is one: what a new SSE subscriber is sent first. */
    @Transactional
    public List<InterviewUpdate> snapshot(UUID interviewId, String authorization) {
        return state(LiveState.of(tokens.interview(interviewId, authorization)));
    }

    /** As {@link #snapshot}, without a token: what the followers of a changed interview are sent. */
    @Transactional
    public List<InterviewUpdate> state(UUID interviewId) {
        return interviews.liveState(interviewId).map(this::state).orElse(List.of());
    }

    private List<InterviewUpdate> state(LiveState interview) {
        List<InterviewUpdate> updates = new ArrayList<>();
        updates.add(new StatusUpdate(interview.id(), interview.status(), interview.currentStage()));
        openQuestion(interview.id(), interview.openQuestionId())
                .ifPresent(question -> updates.add(new QuestionUpdate(interview.id(), question)));
        return updates;
    }

    /**
     * Records the answer to the open question and emits it, in one transaction. The interview's row is locked,
     * so of two concurrent answers to the same question exactly one is accepted. From then on the stage owes
     * the next move. Accepted and rejected answers are counted, the rejected by the code of the rule.
     */
    @Transactional
    public void answer(UUID interviewId, String authorization, AnswerForm form) {
        try {
            Question question = acceptAnswer(interviewId, authorization, form);
            metrics.answerAccepted(question.stage);
        } catch (RequestRejected rejected) {
            metrics.answerRejected(rejected.code());
            throw rejected;
        }
    }

    private Question acceptAnswer(UUID interviewId, String authorization, AnswerForm form) {
        Interview interview = tokens.interviewForUpdate(interviewId, authorization);
        String questionId = validatedQuestionId(form);
        String text = validatedText(form);
        Question question = questions.findAsked(interview.id, questionId).orElseThrow(() ->
                new RequestRejected(Status.NOT_FOUND, "question '" + questionId + "' was not asked in this interview")
                        .withCode("unknown_question"));
        if (question.isAnswered()) {
            throw new RequestRejected(Status.CONFLICT, "question '" + questionId + "' has already been answered")
                    .withCode("already_answered");
        }
        if (interview.status != InterviewStatus.IN_PROGRESS) {
            throw new RequestRejected(Status.CONFLICT,
                    "the interview is no longer taking answers (status " + interview.status + ")")
                    .withCode("interview_closed");
        }
        if (!questionId.equals(interview.openQuestionId)) {
            throw new RequestRejected(Status.CONFLICT, "question '" + questionId + "' is not the open question"
                    + (interview.openQuestionId == null ? "; no question is open right now"
                    : "; answer '" + interview.openQuestionId + "' instead"))
                    .withCode("not_open_question");
        }
        question.answer = text;
        question.answeredAt = Instant.now();
        if (interview.candidateStartedAt == null) {
            interview.candidateStartedAt = question.answeredAt; // the invitation is taken up: it no longer expires
        }
        interview.openQuestionId = null;
        interview.trackWait(question.answeredAt, interview.currentStage);
        outbox.add(Topics.ANSWERS, AnswerSubmitted.of(interview.id, question.stage, question.questionId, text));
        return question;
    }

    private Optional<OpenQuestion> openQuestion(Interview interview) {
        return openQuestion(interview.id, interview.openQuestionId);
    }

    private Optional<OpenQuestion> openQuestion(UUID interviewId, String openQuestionId) {
        return Optional.ofNullable(openQuestionId)
                .flatMap(questionId -> questions.findAsked(interviewId, questionId))
                .map(OpenQuestion::of);
    }

    private static String validatedQuestionId(AnswerForm form) {
        if (form == null) {
            throw RequestRejected.invalid("", "a JSON body with questionId and text is required")
                    .withCode("missing_body");
        }
        if (form.questionId() == null || form.questionId().isBlank()) {
            throw RequestRejected.invalid("questionId", "is required").withCode("missing_question_id");
        }
        return form.questionId();
    }

    private String validatedText(AnswerForm form) {
        if (form.text() == null || form.text().isBlank()) {
            throw RequestRejected.invalid("text", "the answer must not be empty").withCode("empty_answer");
        }
        int length = form.text().codePointCount(0, form.text().length());
        if (length > config.maxAnswerLength()) {
            throw new RequestRejected(Status.REQUEST_ENTITY_TOO_LARGE, "the answer has " + length
                    + " characters; at most " + config.maxAnswerLength() + " are accepted").withCode("answer_too_long");
        }
        // the size the answer takes in every event that carries it: a character may take up to 4 bytes in UTF-8,
        // a line break or a quote 2 once escaped
        int bytes = JsonStringEncoder.getInstance().quoteAsUTF8(form.text()).length;
        if (bytes > config.maxAnswerBytes()) {
            throw new RequestRejected(Status.REQUEST_ENTITY_TOO_LARGE, "the answer takes " + bytes
                    + " bytes (UTF-8, line breaks and quotes escaped); at most " + config.maxAnswerBytes()
                    + " are accepted").withCode("answer_too_large");
        }
        return form.text();
    }
}
