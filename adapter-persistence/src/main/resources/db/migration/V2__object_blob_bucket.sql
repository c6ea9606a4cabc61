-- The bucket an object's blob was written under. A blob is located by (bucket, version), and a move
-- across buckets reuses the blob instead of copying it, so the row must remember where its bytes are.
-- Equal to bucket_id for every uploaded object. No foreign key: the blob store, not the buckets table,
-- owns these locations, and a source bucket may be deleted once it is empty of rows.

ALTER TABLE objects ADD COLUMN blob_bucket_id text COLLATE "C";
UPDATE objects SET blob_bucket_id = bucket_id;
ALTER TABLE objects ALTER COLUMN blob_bucket_id SET NOT NULL;
