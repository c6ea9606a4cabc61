-- Upload leases: every server process is an instance with an id and a heartbeat it renews every few
-- seconds; an upload intent names the instance streaming it. Once that instance stops renewing (killed,
-- frozen, cut off) for longer than the lease timeout, its intents belong to dead uploads and the sweeper
-- removes their blobs and partial writes at once, without waiting for the grace period. Any intent older
-- than the grace (one recorded before this migration has no instance) still expires then.
CREATE TABLE instances (
    id           uuid PRIMARY KEY,
    started_at   timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL
);

-- partial_write: what the blob store named the unfinished write (an S3 multipart upload id), so that the
-- sweeper can abort it
ALTER TABLE upload_intents ADD COLUMN instance_id uuid, ADD COLUMN partial_write text;
CREATE INDEX upload_intents_instance ON upload_intents (instance_id);
