-- A letter's way from draft to outcome: DRAFTED → SENT (recruiter approved) → ACCEPTED | DECLINED, or
-- DRAFTED → REJECTED (recruiter rejected). Nothing leaves DRAFTED without a recruiter's decision.
alter table letter
    add column terms              text,
    add column salary_window_low  bigint,
    add column salary_window_high bigint,
    add column salary_sample_size integer,
    add column candidate_profile  text,
    add column decided_by         varchar(300),
    add column decision_note      text,
    add column decided_at         timestamptz,
    add column sent_at            timestamptz,
    add column response_comment   text,
    add column responded_at       timestamptz,
    add constraint letter_status check (status in ('DRAFTED', 'SENT', 'ACCEPTED', 'DECLINED', 'REJECTED')),
    add constraint letter_salary_in_window check (salary_window_low is null
        or salary_amount between salary_window_low and salary_window_high);

-- How many salaries each benchmark row summarises. The seed rows describe an illustrative sample (as their
-- source says): replace them, with the real sample sizes, by a licensed survey in production.
alter table salary_benchmark add column sample_size integer not null default 0 check (sample_size >= 0);
update salary_benchmark set sample_size = case id
    when 1 then 64
    when 2 then 118
    when 3 then 87
    when 4 then 269
    when 5 then 142
    when 6 then 203
    when 7 then 96
    when 8 then 1250
end;
alter table salary_benchmark alter column sample_size drop default;
