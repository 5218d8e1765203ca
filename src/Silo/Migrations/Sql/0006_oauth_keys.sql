-- The authorization server's signing and encryption keys, shared by every silo (see OAuthKeyRing).
CREATE TABLE oauth_keys
(
    kind            text        NOT NULL,
    key_id          text        NOT NULL,
    private_key_pem text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_oauth_keys PRIMARY KEY (kind)
);
