-- When the live score was given (InterviewScored.occurredAt): a recruiter's re-score may select the interviews scored
-- since a time. Interviews scored before this column existed have none, and no such selection takes them.
alter table interview
    add column scored_at timestamptz;
