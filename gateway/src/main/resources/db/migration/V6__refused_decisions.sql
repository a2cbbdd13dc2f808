-- A decision the offer-service refused comes back as DecisionRefused: the recorded decision is cleared so the
-- recruiter can decide again, and the refusal (the decision and the reason) is kept to show them why.
alter table interview
    add column decision_event_id uuid,
    add column refused_decision  jsonb;
