-- A letter's terms and the candidate's profile are JSON documents (mapped with Hibernate's JSON type): store them
-- as jsonb.
alter table letter
    alter column terms type jsonb using terms::jsonb,
    alter column candidate_profile type jsonb using candidate_profile::jsonb;
