-- Where answer → next question goes, from the timestamps the services already store (run with psql against the
-- local stack's database, e.g. one started by `deploy up` and driven by `bench --gateway-url …`). One row per answer
-- whose next question the gateway consumed; p50 and p90 of each segment in ms. now() in PostgreSQL is the start of
-- the transaction, so outbox_message.created_at and inbox_message.handled_at of one transaction are equal: that pairs
-- a stage's inbox entry for an answer with the question it asked in the same commit.
--   gateway: gateway's answer transaction starts → AnswerSubmitted acknowledged by Kafka (commit, relay, send)
--   stage:   AnswerSubmitted acknowledged → the stage's commit transaction starts (delivery, session read, brain)
--   commit:  the stage's commit transaction starts → QuestionAsked acknowledged by Kafka (commit, relay, send)
--   back:    QuestionAsked acknowledged → the gateway's consumer transaction starts (delivery, decoding)
-- What follows (the gateway's consumer transaction, the notification, the read of the state, the SSE frame) has no
-- stored timestamp: compare the sum with the bench's answer → next question.
with answers as (
    select o.event_id, o.created_at as gateway_started, o.published_at as answer_published
    from gateway.question q
    join gateway.outbox_message o on o.event_type = 'interview.answer-submitted.v1'
        and o.record_key = q.interview_id::text and o.payload::json ->> 'questionId' = q.question_id
), stage_turns as (
    select i.event_id, i.handled_at as stage_commit_started, o.event_id as question_event, o.published_at as question_published
    from interviewer_tech.inbox_message i
    join interviewer_tech.outbox_message o on o.created_at = i.handled_at and o.event_type = 'interview.question-asked.v1'
    union all
    select i.event_id, i.handled_at, o.event_id, o.published_at
    from interviewer_hr.inbox_message i
    join interviewer_hr.outbox_message o on o.created_at = i.handled_at and o.event_type = 'interview.question-asked.v1'
    union all
    select i.event_id, i.handled_at, o.event_id, o.published_at
    from interviewer_boss.inbox_message i
    join interviewer_boss.outbox_message o on o.created_at = i.handled_at and o.event_type = 'interview.question-asked.v1'
), segments as (
    select extract(epoch from a.answer_published - a.gateway_started) * 1000 as gateway,
           extract(epoch from t.stage_commit_started - a.answer_published) * 1000 as stage,
           extract(epoch from t.question_published - t.stage_commit_started) * 1000 as commit,
           extract(epoch from g.handled_at - t.question_published) * 1000 as back,
           extract(epoch from g.handled_at - a.gateway_started) * 1000 as total
    from answers a
    join stage_turns t on t.event_id = a.event_id
    join gateway.inbox_message g on g.event_id = t.question_event
)
select p.percentile, count(*) as answers,
       round(percentile_cont(p.fraction) within group (order by gateway)::numeric, 1) as gateway,
       round(percentile_cont(p.fraction) within group (order by stage)::numeric, 1) as stage,
       round(percentile_cont(p.fraction) within group (order by commit)::numeric, 1) as commit,
       round(percentile_cont(p.fraction) within group (order by back)::numeric, 1) as back,
       round(percentile_cont(p.fraction) within group (order by total)::numeric, 1) as total
from segments, (values ('p50', 0.5), ('p90', 0.9)) as p(percentile, fraction)
group by p.percentile, p.fraction order by p.percentile;
