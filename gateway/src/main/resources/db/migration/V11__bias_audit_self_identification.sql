-- The candidate's voluntary self-identification for the bias audit (README: Bias audit), in its own schema so that
-- nothing reading the interview reaches it: only the bias-audit report does, and only in aggregate. A null category
-- is an answer declined; withdrawing deletes the row. Flyway creates the schema on a new database (it is in
-- quarkus.flyway.schemas) but not on one whose history predates it: hence the guard, which also lets a role
-- without CREATE on the database migrate into a schema its owner made (deploy README: one role per service).
do $$
begin
    if not exists (select from pg_namespace where nspname = 'audit') then
        create schema audit;
    end if;
end
$$;

create table audit.self_identification (
    interview_id   uuid primary key references interview (id) on delete cascade,
    sex            varchar(10) check (sex in ('MALE', 'FEMALE')),
    race_ethnicity varchar(40) check (race_ethnicity in ('HISPANIC_OR_LATINO', 'WHITE', 'BLACK_OR_AFRICAN_AMERICAN',
                                                         'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER', 'ASIAN',
                                                         'NATIVE_AMERICAN_OR_ALASKA_NATIVE', 'TWO_OR_MORE_RACES')),
    age_band       varchar(20) check (age_band in ('UNDER_40', 'AGE_40_AND_OVER')),
    consented_at   timestamptz not null
);
