-- Why a person must review a stage (empty when it need not), and which brain rated each dimension
-- (rows written before the contract named it were all rated by the rubric brain).
alter table scorecard_stage add column review_reasons text[] not null default '{}';
alter table scorecard_dimension add column brain varchar(30) not null default 'rubric';
