-- Volumes as data: those of the configuration file (upserted at every start, from_config) and those
-- created through the admin API. Secret settings (secret-key, password, private-key, passphrase, token)
-- are stored sealed: AES-256-GCM under the master key, "v1:<key id>:<base64 nonce+ciphertext>".
CREATE TABLE volumes (
    id             uuid        PRIMARY KEY,
    name           text COLLATE "C" NOT NULL UNIQUE,
    driver         text        NOT NULL,
    settings       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    default_prefix text        NOT NULL DEFAULT '',
    path_strategy  text        NOT NULL DEFAULT 'none' CHECK (path_strategy IN ('none', 'uuid', 'hash')),
    active         boolean     NOT NULL DEFAULT true,
    from_config    boolean     NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX volumes_updated_at ON volumes (updated_at);
