-- Resumable (tus) uploads: the state any instance needs to serve the next chunk. Each chunk is a blob on
-- the bucket's volume recorded in resumable_parts, which the sweeper counts as tracked until the upload
-- completes, is terminated or expires.
CREATE TABLE resumable_uploads (
    id             text PRIMARY KEY,
    owner_role     text NOT NULL,
    owner_id       text,
    bucket_id      text NOT NULL,
    name           text NOT NULL,
    volume         text NOT NULL,
    content_type   text NOT NULL,
    length         bigint NOT NULL CHECK (length >= 0),
    upload_offset  bigint NOT NULL CHECK (upload_offset >= 0 AND upload_offset <= length),
    upsert         boolean NOT NULL,
    cache_control  text,
    user_metadata  text,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL
);
CREATE INDEX resumable_uploads_expiry ON resumable_uploads (expires_at);

CREATE TABLE resumable_parts (
    version        uuid PRIMARY KEY,
    upload_id      text NOT NULL REFERENCES resumable_uploads (id) ON DELETE CASCADE,
    volume         text NOT NULL,
    blob_bucket_id text NOT NULL,
    part_offset    bigint NOT NULL,
    size           bigint NOT NULL
);
CREATE INDEX resumable_parts_upload ON resumable_parts (upload_id, part_offset);
