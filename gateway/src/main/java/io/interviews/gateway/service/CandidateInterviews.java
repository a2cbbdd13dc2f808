package io.interviews.gateway.service;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CandidateResponded;
import io.interviews.events.Topics;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.Question;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.service.InterviewUpdate.QuestionUpdate;
import io.interviews.gateway.service.InterviewUpdate.StatusUpdate;
import io.interviews.kit.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The candidate's side of an interview: its state, its open question, the answers, the sent letter and the reply. */
@ApplicationScoped
public class CandidateInterviews {

    private final CandidateTokens tokens;
    private final QuestionRepository questions;
    private final Outbox outbox;
    private final GatewayConfig config;

    CandidateInterviews(CandidateTokens tokens, QuestionRepository questions, Outbox outbox, GatewayConfig config) {
        this.tokens = tokens;
        this.questions = questions;
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional
    public CandidateView view(UUID interviewId, String authorization) {
        Interview interview = tokens.interview(interviewId, authorization);
        return new CandidateView(interview.id, interview.status, interview.currentStage,
                openQuestion(interview).orElse(null), questions.countAnswered(interview.id),
                OfferResponse.of(interview));
    }

    /** The letter sent to the candidate; a draft is never shown (404 until a recruiter approved and it was sent). */
    @Transactional
    public SentLetter letter(UUID interviewId, String authorization) {
        SentLetter letter = SentLetter.of(tokens.interview(interviewId, authorization));
        if (letter == null) {
            throw RequestRejected.notFound("no letter has been sent yet");
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
        String comment = Remarks.optional("comment", form == null ? null : form.comment());
        if (interview.offerAccepted != null) {
            throw RequestRejected.conflict("the offer has already been "
                    + (interview.offerAccepted ? "accepted" : "declined"));
        }
        if (interview.status != InterviewStatus.OFFER_SENT) {
            throw RequestRejected.conflict("there is no sent offer to answer (status " + interview.status + ")");
        }
        CandidateResponded responded = CandidateResponded.of(interview.id, accepted, comment);
        interview.offerAccepted = accepted;
        interview.offerComment = comment;
        interview.respondedAt = responded.occurredAt();
        outbox.add(Topics.DECISIONS, responded);
        return OfferResponse.of(interview);
    }

    /** The current status, then the open question if there is one: what a new SSE subscriber is sent first. */
    @Transactional
    public List<InterviewUpdate> snapshot(UUID interviewId, String authorization) {
        Interview interview = tokens.interview(interviewId, authorization);
        List<InterviewUpdate> updates = new ArrayList<>();
        updates.add(new StatusUpdate(interview.id, interview.status, interview.currentStage));
        openQuestion(interview).ifPresent(question -> updates.add(new QuestionUpdate(interview.id, question)));
        return updates;
    }

    /**
     * Records the answer to the open question and emits it, in one transaction. The interview's row is locked,
     * so of two concurrent answers to the same question exactly one is accepted.
     */
    @Transactional
    public void answer(UUID interviewId, String authorization, AnswerForm form) {
        Interview interview = tokens.interviewForUpdate(interviewId, authorization);
        String questionId = validatedQuestionId(form);
        String text = validatedText(form);
        Question question = questions.findAsked(interview.id, questionId).orElseThrow(() ->
                RequestRejected.notFound("question '" + questionId + "' was not asked in this interview"));
        if (question.isAnswered()) {
            throw RequestRejected.conflict("question '" + questionId + "' has already been answered");
        }
        if (interview.status != InterviewStatus.IN_PROGRESS) {
            throw RequestRejected.conflict(
                    "the interview is no longer taking answers (status " + interview.status + ")");
        }
        if (!questionId.equals(interview.openQuestionId)) {
            throw RequestRejected.conflict("question '" + questionId + "' is not the open question"
                    + (interview.openQuestionId == null ? "; no question is open right now"
                    : "; answer '" + interview.openQuestionId + "' instead"));
        }
        question.answer = text;
        question.answeredAt = Instant.now();
        interview.openQuestionId = null;
        outbox.add(Topics.ANSWERS, AnswerSubmitted.of(interview.id, question.stage, question.questionId, text));
    }

    private Optional<OpenQuestion> openQuestion(Interview interview) {
        return Optional.ofNullable(interview.openQuestionId)
                .flatMap(questionId -> questions.findAsked(interview.id, questionId))
                .map(OpenQuestion::of);
    }

    private static String validatedQuestionId(AnswerForm form) {
        if (form == null) {
            throw RequestRejected.invalid("", "a JSON body with questionId and text is required");
        }
        if (form.questionId() == null || form.questionId().isBlank()) {
            throw RequestRejected.invalid("questionId", "is required");
        }
        return form.questionId();
    }

    private String validatedText(AnswerForm form) {
        if (form.text() == null || form.text().isBlank()) {
            throw RequestRejected.invalid("text", "the answer must not be empty");
        }
        int length = form.text().codePointCount(0, form.text().length());
        if (length > config.maxAnswerLength()) {
            throw RequestRejected.tooLarge("the answer has " + length + " characters; at most "
                    + config.maxAnswerLength() + " are accepted");
        }
        return form.text();
    }
}
