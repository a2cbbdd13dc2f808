-- Each completed stage's dimension ratings with their evidence quotes, kept like stage_reviews: from the stages'
-- results on interview.stage-completed, then from the results the score was computed from on interview.scored.
alter table interview
    add column stage_ratings jsonb not null default '[]';
