-- Every inbound Slack payload, redacted, written before the ack. The key is the payload's own id
-- (event_id, or trigger_id / action_ts for commands and interactions), so it is also the dedupe.
create table inbox (
    id          varchar(255) primary key,
    kind        varchar(32)  not null,
    channel     varchar(64)  not null,
    payload     text         not null,
    received_at timestamp with time zone not null,
    answered_at timestamp with time zone
);
create index inbox_unanswered on inbox (answered_at);

-- One row per message Ducky means to post, written before the post. A row left in 'sending' by a crash
-- is checked against the thread (the step id travels in message metadata) before posting again.
create table posted_step (
    step_id    varchar(300) primary key,
    channel    varchar(64)  not null,
    thread_ts  varchar(64),
    state      varchar(16)  not null,
    attempts   integer      not null,
    message_ts varchar(64),
    updated_at timestamp with time zone not null
);

-- Threads where Ducky asked a question: a human's next message there is an answer for Ducky.
create table asked_thread (
    channel   varchar(64) not null,
    thread_ts varchar(64) not null,
    asked_at  timestamp with time zone not null,
    primary key (channel, thread_ts)
);
