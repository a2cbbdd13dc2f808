-- The human part of an interview: the recruiter's decision on the drafted letter, the letter as sent
-- (the only one the candidate sees), the candidate's answer to an offer, and how the application ended.
alter table interview
    add column decision             varchar(10),
    add column decision_salary      numeric,
    add column decision_recruiter   varchar(200),
    add column decision_note        text,
    add column decided_at           timestamptz,
    add column sent_letter_kind     varchar(20),
    add column sent_letter_markdown text,
    add column letter_sent_at       timestamptz,
    add column offer_accepted       boolean,
    add column offer_comment        text,
    add column responded_at         timestamptz,
    add column outcome              varchar(20),
    add column conclusion_reason    text,
    add column concluded_at         timestamptz,
    add constraint decision_recorded_whole check ((decision is null) = (decided_at is null)),
    add constraint salary_only_on_approval check (decision_salary is null or decision = 'APPROVE'),
    add constraint letter_sent_whole check ((sent_letter_markdown is null) = (letter_sent_at is null)),
    add constraint response_recorded_whole check ((offer_accepted is null) = (responded_at is null)),
    add constraint conclusion_whole check ((outcome is null) = (concluded_at is null));
