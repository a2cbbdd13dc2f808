-- Each answer sets and then clears waiting_since, and an index on a column an update changes makes PostgreSQL write
-- a new version of the row into every index of the table (measured: 2.2 updates of the interview per answer, 0.07 of
-- them HOT). The stall counts select the interviews by status (interview_by_status); the statement that marks new
-- stalls compares a wait chosen by status and reads every row with or without this index. So the index goes, and
-- room is left on each page for the row's next version.
drop index interview_waiting;
alter table interview set (fillfactor = 70);
