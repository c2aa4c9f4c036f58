-- Attempts and dead letters: a message that failed its attempts is kept for people to look at (`ducky inbox`),
-- never replayed again.
alter table inbox add column attempts integer default 0 not null;
alter table inbox add column last_error varchar(1000);
alter table inbox add column dead_at timestamp with time zone;
create index inbox_by_channel on inbox (channel, received_at);

-- Who answers a channel's messages now: one replica at a time, in arrival order. A lease, not a row lock, since
-- answering takes Slack and model calls no transaction should span; a replica that stops renewing loses it.
create table channel_lease (
    channel varchar(64)  primary key,
    owner   varchar(200) not null,
    until   timestamp with time zone not null
);

-- At most one open incident per channel (or thread): the key is set while the incident is open and cleared when
-- it is resolved; two replicas opening one at once both insert, the database keeps one.
alter table incident add column open_key varchar(200);
update incident set open_key = channel || '/' || coalesce(thread_ts, '')
 where state = 'OPEN' and not exists (
     select 1 from incident newer
      where newer.state = 'OPEN' and newer.channel = incident.channel
        and coalesce(newer.thread_ts, '') = coalesce(incident.thread_ts, '')
        and (newer.opened_at > incident.opened_at or (newer.opened_at = incident.opened_at and newer.id > incident.id)));
create unique index incident_one_open on incident (open_key);

-- Retention removes old rows by age.
create index posted_step_by_age on posted_step (updated_at);
create index asked_thread_by_age on asked_thread (asked_at);
