-- Who owes an interview's next move. waiting_since is set while the system does (the current stage has not
-- asked its first question since the previous stage completed, or has not followed up an answer) and null
-- while the candidate does (a question is open) or once the stages are over; an interview waiting longer than
-- interview.gateway.stall-after is stalled. stall_warned_for is the wait a warning was logged for, so each
-- stall is logged once even with several gateways; only the stall check writes it.
alter table interview
    add column waiting_since    timestamptz,
    add column last_event_at    timestamptz,
    add column stall_warned_for timestamptz;

update interview set waiting_since = updated_at
 where status = 'IN_PROGRESS' and current_stage is not null and open_question_id is null;

alter table interview
    add constraint only_a_running_interview_waits check (waiting_since is null or status = 'IN_PROGRESS');

create index interview_waiting on interview (waiting_since) where waiting_since is not null;
