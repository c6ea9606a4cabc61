-- The Content-Encoding an uploader declared ("gzip"): the blob holds the encoded bytes exactly as sent,
-- and downloads announce the encoding again. NULL when none was declared.
ALTER TABLE objects ADD COLUMN content_encoding text;
