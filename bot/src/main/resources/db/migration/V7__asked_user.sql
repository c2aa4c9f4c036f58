-- Whom Ducky asked in a thread: only their answer (or the incident lead's) is for Ducky. Null: anyone there
-- (an alert's responders, the developers asked about a support question).
alter table asked_thread add column asked_user varchar(64);
