-- A scorecard keeps the interview's context and its stage results as the events carried them (jsonb, read as
-- InterviewContext and StageResult), and an interview's progress its completed stages likewise: the tables that
-- mirrored those records field by field are folded into these documents and dropped.
alter table scorecard
    add column context jsonb,
    add column results jsonb;

update scorecard s set
    context = jsonb_build_object(
        'candidate', jsonb_build_object('name', s.candidate_name, 'email', s.candidate_email),
        'position', jsonb_build_object('title', s.position_title, 'level', s.position_level,
                                       'location', s.position_location),
        'language', s.language,
        'plan', coalesce((select jsonb_agg(jsonb_build_object('stage', p.stage, 'weight', p.weight)
                                           order by p.position)
                          from scorecard_plan p where p.interview_id = s.interview_id), '[]')),
    results = coalesce((select jsonb_agg(jsonb_build_object(
            'stage', st.stage,
            'rubricVersion', st.rubric_version,
            'score', st.score,
            'dimensions', coalesce((select jsonb_agg(jsonb_build_object(
                    'dimension', d.dimension, 'rating', d.rating, 'weight', d.weight,
                    'evidence', to_jsonb(d.evidence), 'rationale', d.rationale, 'trusted', d.trusted,
                    'brain', d.brain) order by d.position)
                from scorecard_dimension d where d.stage_id = st.id), '[]'),
            'transcript', coalesce((select jsonb_agg(jsonb_build_object(
                    'questionId', e.question_id, 'question', e.question, 'followUp', e.follow_up,
                    'answer', e.answer, 'answeredAt', e.answered_at) order by e.position)
                from scorecard_exchange e where e.stage_id = st.id), '[]'),
            'needsReview', st.needs_review,
            'reviewReasons', to_jsonb(st.review_reasons),
            'startedAt', st.started_at,
            'completedAt', st.completed_at) order by st.position)
        from scorecard_stage st where st.interview_id = s.interview_id), '[]');

alter table scorecard
    alter column context set not null,
    alter column results set not null,
    drop column candidate_name,
    drop column candidate_email,
    drop column position_title,
    drop column position_level,
    drop column position_location,
    drop column language;

drop table scorecard_exchange, scorecard_dimension, scorecard_stage, scorecard_plan;

alter table interview_progress add column completed_stages jsonb not null default '[]';

update interview_progress p set completed_stages = (
    select jsonb_agg(jsonb_build_object('stage', c.stage, 'score', c.score, 'needsReview', c.needs_review,
                                        'completedAt', c.completed_at) order by c.position)
    from completed_stage c where c.interview_id = p.interview_id)
where exists (select 1 from completed_stage c where c.interview_id = p.interview_id);

alter table interview_progress alter column completed_stages drop default;

drop table completed_stage;
