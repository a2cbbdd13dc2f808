-- Crypto-shredding (README: Retention and erasure): one AES-256 data key per interview, created at intake, which seals
-- the personal fields of every event about the interview on every topic. Erasure sets data_key to null and keeps the
-- row, so a service publishing about an erased interview writes "[erased]" instead of personal data. Every service
-- reads this table (io.interviews.kit.DataKeys); only the gateway writes it. The schema is created here as audit's is
-- (V11): Flyway makes it on a new database, the guard on one whose history predates it.
do $$
begin
    if not exists (select from pg_namespace where nspname = 'data_keys') then
        create schema data_keys;
    end if;
end
$$;

create table data_keys.interview_data_key (
    interview_id uuid primary key,
    data_key     bytea,
    created_at   timestamptz not null,
    erased_at    timestamptz,
    check ((data_key is null) = (erased_at is not null))
);

-- interviews registered before this version get a key too, so their remaining events are sealed (gen_random_uuid is
-- PostgreSQL's strong random source: two of them give 244 random bits); erased ones get a row without key
insert into data_keys.interview_data_key (interview_id, data_key, created_at)
select id, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), now()
from interview;
insert into data_keys.interview_data_key (interview_id, data_key, created_at, erased_at)
select interview_id, null, erased_at, erased_at
from erased_interview
on conflict (interview_id) do nothing;
