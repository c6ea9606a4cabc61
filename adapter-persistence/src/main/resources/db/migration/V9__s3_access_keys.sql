-- S3 access keys. The secret is stored encrypted (AES-256-GCM, a fresh 12-byte nonce per key, under the
-- data directory's s3-keys-key): SigV4 verifies with the secret itself, so it must be recoverable.
CREATE TABLE s3_access_keys (
    access_key_id    text COLLATE "C" PRIMARY KEY,
    secret_encrypted bytea       NOT NULL,
    role             text        NOT NULL CHECK (role IN ('anon', 'authenticated', 'service_role')),
    user_id          text,
    description      text,
    created_at       timestamptz NOT NULL
);
