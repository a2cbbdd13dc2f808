package io.interviews.gateway.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interviews.events.CandidateResponded;
import io.interviews.events.DecisionRefused;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;

/**
 * The body of a delivery. Over HTTPS it is the event as on its topic. Over plain HTTP, personal data (names,
 * answers, transcripts, letters, salaries, free-text notes and reasons) never travels: the body holds only the event's
 * operational fields (ids, type, time, stage, scores, band, kinds, decision, outcome), enough to fetch the rest
 * through the recruiter API.
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static String of(InterviewEvent event, boolean mayCarryPersonalData) {
        return mayCarryPersonalData ? EventCodec.encode(event) : operationalFields(event).toString();
    }

    static ObjectNode operationalFields(InterviewEvent event) {
        ObjectNode body = EventCodec.objectMapper().createObjectNode()
                .put("type", event.type())
                .put("eventId", event.eventId().toString())
                .put("interviewId", event.interviewId().toString())
                .put("occurredAt", event.occurredAt().toString());
        if (event instanceof QuestionAsked asked) {
            body.put("stage", asked.stage()).put("questionId", asked.questionId()).put("followUp", asked.followUp());
        } else if (event instanceof StageCompleted completed) {
            body.put("stage", completed.stage());
            completed.results().stream().filter(result -> result.stage().equals(completed.stage())).findFirst()
                    .ifPresent(result -> stageFields(body, result));
        } else if (event instanceof InterviewScored scored) {
            body.put("total", scored.total()).put("band", scored.band().name())
                    .put("recommendation", scored.recommendation()).put("needsReview", scored.needsReview());
            scored.stageScores().forEach(stage -> body.withArray("stageScores").addObject()
                    .put("stage", stage.stage()).put("weight", stage.weight()).put("score", stage.score()));
        } else if (event instanceof LetterDrafted drafted) {
            body.put("kind", drafted.kind().name()).put("total", drafted.total()).put("band", drafted.band().name());
        } else if (event instanceof RecruiterDecided decided) {
            body.put("decision", decided.decision().name());
        } else if (event instanceof CandidateResponded responded) {
            body.put("accepted", responded.accepted());
        } else if (event instanceof LetterSent sent) {
            body.put("kind", sent.kind().name());
        } else if (event instanceof DecisionRefused refused) {
            body.put("decisionEventId", refused.decisionEventId().toString())
                    .put("decision", refused.decision().name());
        } else if (event instanceof InterviewConcluded concluded) {
            body.put("outcome", concluded.outcome().name());
        } else if (event instanceof InterviewErased erased) {
            body.put("reason", erased.reason().name());
        }
        return body;
    }

    private static void stageFields(ObjectNode body, StageResult result) {
        body.put("rubricVersion", result.rubricVersion()).put("score", result.score())
                .put("needsReview", result.needsReview());
    }
}
