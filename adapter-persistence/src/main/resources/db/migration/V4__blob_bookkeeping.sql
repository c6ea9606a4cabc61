-- What accounts for a blob that exists, or may exist, without an object row pointing to it. With the
-- objects table these track every blob, so the sweeper finds whatever a crash left behind.

-- A blob being written: recorded before its first byte, dropped by the commit that makes it an object
-- (same transaction). One older than the longest upload belongs to an upload that died.
CREATE TABLE upload_intents (
    version        uuid PRIMARY KEY,
    volume         text NOT NULL,
    blob_bucket_id text COLLATE "C" NOT NULL,
    bucket_id      text COLLATE "C" NOT NULL,
    name           text COLLATE "C" NOT NULL,
    started_at     timestamptz NOT NULL
);
CREATE INDEX upload_intents_started ON upload_intents (started_at);

-- A blob no row needs any more: queued in the transaction that removed or replaced its row, taken off
-- once the blob is deleted.
CREATE TABLE blob_deletions (
    version        uuid PRIMARY KEY,
    volume         text NOT NULL,
    blob_bucket_id text COLLATE "C" NOT NULL,
    queued_at      timestamptz NOT NULL
);
CREATE INDEX blob_deletions_queued ON blob_deletions (queued_at);
