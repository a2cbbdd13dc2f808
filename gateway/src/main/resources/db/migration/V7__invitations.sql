-- Interviews are created by a recruiter's invitation: the plan template it named (null for an explicit or the
-- default plan), until when the candidate may start, and when they did (their first accepted answer). Interviews
-- registered before invitations existed never expire.
alter table interview
    add column plan_template         text,
    add column invitation_expires_at timestamptz,
    add column candidate_started_at  timestamptz;
