-- Each completed stage's review flag and, when a person must review it, why: from the stages' results on
-- interview.stage-completed, then from the results the score was computed from on interview.scored.
alter table interview
    add column stage_reviews jsonb not null default '[]';
