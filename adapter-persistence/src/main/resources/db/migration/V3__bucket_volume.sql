-- The volume (configured blob store) a bucket's objects live on, chosen at creation and never changed.
-- Buckets made before volumes existed live on the volume of the simple configuration, 'default'.
ALTER TABLE buckets ADD COLUMN volume text NOT NULL DEFAULT 'default';
ALTER TABLE buckets ALTER COLUMN volume DROP DEFAULT;
