-- When the candidate agreed, on the candidate page, to how the interview works and how their data is used (null
-- until then). The page shows no question before it; API clients record it with POST .../consent.
alter table interview
    add column candidate_consented_at timestamptz;
