-- The drafted offer's salary window, from letter-drafted: a recruiter's salary edit is checked against it
-- here, so an edit the offer service would refuse is answered with a 400 instead of a decision left hanging.
alter table interview
    add column salary_currency varchar(3),
    add column salary_minimum  bigint,
    add column salary_maximum  bigint;
