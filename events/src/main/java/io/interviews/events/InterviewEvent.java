package io.interviews.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * Every event of the interview flow. On the wire the versioned {@link #type()} is both the JSON
 * {@code type} property and the CloudEvents {@code ce_type} header; the record key is the interview id.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StageCompleted.class, name = StageCompleted.TYPE),
        @JsonSubTypes.Type(value = QuestionAsked.class, name = QuestionAsked.TYPE),
        @JsonSubTypes.Type(value = AnswerSubmitted.class, name = AnswerSubmitted.TYPE),
        @JsonSubTypes.Type(value = InterviewScored.class, name = InterviewScored.TYPE),
        @JsonSubTypes.Type(value = LetterDrafted.class, name = LetterDrafted.TYPE),
        @JsonSubTypes.Type(value = RecruiterDecided.class, name = RecruiterDecided.TYPE),
        @JsonSubTypes.Type(value = DecisionRefused.class, name = DecisionRefused.TYPE),
        @JsonSubTypes.Type(value = LetterSent.class, name = LetterSent.TYPE),
        @JsonSubTypes.Type(value = CandidateResponded.class, name = CandidateResponded.TYPE),
        @JsonSubTypes.Type(value = InterviewConcluded.class, name = InterviewConcluded.TYPE),
        @JsonSubTypes.Type(value = RescoreRequested.class, name = RescoreRequested.TYPE),
        @JsonSubTypes.Type(value = StageRegraded.class, name = StageRegraded.TYPE),
        @JsonSubTypes.Type(value = InterviewRescored.class, name = InterviewRescored.TYPE),
        @JsonSubTypes.Type(value = InterviewErased.class, name = InterviewErased.TYPE)
})
public sealed interface InterviewEvent
        permits StageCompleted, QuestionAsked, AnswerSubmitted, InterviewScored, LetterDrafted, RecruiterDecided,
        DecisionRefused, LetterSent, CandidateResponded, InterviewConcluded, RescoreRequested, StageRegraded,
        InterviewRescored, InterviewErased {

    UUID eventId();

    UUID interviewId();

    Instant occurredAt();

    /** Versioned type name, e.g. {@code interview.stage-completed.v1}. */
    @JsonIgnore
    String type();
}
