-- Buckets and the objects they hold. Every name column is COLLATE "C": byte order of UTF-8, which is
-- code point order, so that prefix ranges (name >= p AND name < successor(p)) select exactly the names
-- starting with p and can use the indexes, whatever the database's default locale.

CREATE TABLE buckets (
    id                 text COLLATE "C" PRIMARY KEY,
    owner              text,
    policy             text        NOT NULL CHECK (policy IN ('public', 'authenticated', 'private')),
    file_size_limit    bigint      CHECK (file_size_limit >= 0),
    allowed_mime_types text[]      NOT NULL DEFAULT '{}',
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE objects (
    id              uuid        NOT NULL,
    -- no ON DELETE CASCADE: deleting a bucket that still holds objects must fail
    bucket_id       text COLLATE "C" NOT NULL REFERENCES buckets (id),
    name            text COLLATE "C" NOT NULL,
    version         uuid        NOT NULL UNIQUE,
    size            bigint      NOT NULL CHECK (size >= 0),
    content_type    text        NOT NULL,
    checksum_sha256 text        NOT NULL,
    owner           text,
    cache_control   text,
    user_metadata   jsonb,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    -- The folder holding the object ('' at the root, 'a/b/' for 'a/b/c.txt'), with every '/' written
    -- as U+0001, a character no key may contain. Folder listings walk this column: with '/' as the
    -- lowest character, folders sort segment by segment ("a" before "a-b", although "a-b/" < "a/"),
    -- and all files of one level sit together in an index.
    folder_key      text COLLATE "C" NOT NULL
                    GENERATED ALWAYS AS (translate(coalesce(substring(name FROM '^.*/'), ''), '/', chr(1))) STORED,
    PRIMARY KEY (bucket_id, name)
);

-- The sub-folder walk: one probe per folder. Narrow on purpose: btree deduplication folds every
-- object of a folder into one entry, so the index stays small and each probe cheap.
CREATE INDEX objects_folder ON objects (bucket_id, folder_key);

-- The files of one level by name.
CREATE INDEX objects_folder_name ON objects (bucket_id, folder_key, name);

-- The level's files by time, with the name as tie-breaker so that pages never overlap.
CREATE INDEX objects_folder_created ON objects (bucket_id, folder_key, created_at, name);
CREATE INDEX objects_folder_updated ON objects (bucket_id, folder_key, updated_at, name);

-- The same walks for a caller who may list only the objects they own.
CREATE INDEX objects_owner_folder_name ON objects (bucket_id, owner, folder_key, name);
