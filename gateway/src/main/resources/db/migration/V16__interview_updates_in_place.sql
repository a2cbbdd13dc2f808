-- Each answer sets and then clears waiting_since, and an index on a column an update changes makes PostgreSQL write
-- a new version of the row into every index of the table (measured: 2.2 updates of the interview per answer, 0.07 of
-- them HOT). The stall checks select the running interviews by status (interview_by_status) and compare the wait of
-- each, a few hundred rows at most, so that index goes; room is left on each page for the row's next version.
drop index interview_waiting;
alter table interview set (fillfactor = 70);
