-- The outbox: one row per change, inserted by the statement or transaction that made the change, so an
-- event exists exactly when its change committed. Writers take a transaction-scoped advisory lock just
-- before drawing an id and hold it until they commit, so ids are handed out in commit order and a reader
-- that has seen id n will never later find a committed event below n.
CREATE TABLE storage_events (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type          text        NOT NULL,
    bucket_id     text COLLATE "C" NOT NULL,
    name          text COLLATE "C",
    owner         text,
    size          bigint,
    version       uuid,
    -- the bucket as it was, to decide who may receive the event even once the bucket is gone
    bucket_policy text        NOT NULL,
    bucket_owner  text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX storage_events_bucket ON storage_events (bucket_id, id);
CREATE INDEX storage_events_created ON storage_events (created_at);

-- How far each webhook target has received the outbox, and which instance delivers to it until when: a
-- lease its holder renews while it works, which another instance may take once it has lapsed.
CREATE TABLE webhook_cursors (
    target        text PRIMARY KEY,
    last_event_id bigint      NOT NULL,
    updated_at    timestamptz NOT NULL,
    holder        text        NOT NULL,
    held_until    timestamptz NOT NULL
);
