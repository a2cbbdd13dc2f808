-- Whether any completed stage is flagged for a person's review (kept with stage_reviews), so the recruiter list can
-- filter on it before the interview is scored. Filled in for the interviews already there.
alter table interview
    add column stages_need_review boolean not null default false;

update interview
set stages_need_review = jsonb_path_exists(stage_reviews, '$[*] ? (@.needsReview == true)');
