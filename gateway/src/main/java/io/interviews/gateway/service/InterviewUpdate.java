package io.interviews.gateway.service;

import io.interviews.gateway.repository.InterviewStatus;

import java.util.UUID;

/** A change the candidate can follow live: a new open question, or a new status or stage. */
public sealed interface InterviewUpdate {

    UUID interviewId();

    record QuestionUpdate(UUID interviewId, OpenQuestion question) implements InterviewUpdate {
    }

    record StatusUpdate(UUID interviewId, InterviewStatus status, String currentStage) implements InterviewUpdate {
    }
}
