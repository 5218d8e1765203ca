-- Grain state, one row per (service, state name, grain key). Orleans passes the grain's state name as
-- the "grain type", so rows read as ('account', <id>) and the payload is the state as JSON.
--
-- The primary key is what the stock schema lacks: with it, two concurrent first writes of one grain
-- cannot both insert. The loser's INSERT ... ON CONFLICT DO NOTHING returns no version, which the
-- provider reports as an optimistic-concurrency failure (InconsistentStateException).
CREATE TABLE orleans_grain_state
(
    service_id         varchar(150) NOT NULL,
    grain_type         varchar(512) NOT NULL,
    grain_id_n0        bigint       NOT NULL,
    grain_id_n1        bigint       NOT NULL,
    grain_id_extension varchar(512) NOT NULL DEFAULT '',
    payload            jsonb        NULL,
    version            integer      NOT NULL,
    modified_on        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_orleans_grain_state
        PRIMARY KEY (grain_id_n0, grain_id_n1, grain_type, grain_id_extension, service_id)
);

-- One statement per operation: no function call, no read-then-write race, one round trip.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', $q$
    WITH inserted AS (
        INSERT INTO orleans_grain_state
            (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
        SELECT @ServiceId::varchar, @GrainTypeString::varchar, @GrainIdN0::bigint, @GrainIdN1::bigint,
               COALESCE(@GrainIdExtensionString::varchar, ''), convert_from(@PayloadBinary::bytea, 'UTF8')::jsonb, 1
         WHERE @GrainStateVersion::integer IS NULL
        ON CONFLICT ON CONSTRAINT pk_orleans_grain_state DO NOTHING
        RETURNING version),
    updated AS (
        UPDATE orleans_grain_state
           SET payload = convert_from(@PayloadBinary::bytea, 'UTF8')::jsonb, version = version + 1,
               modified_on = now()
         WHERE grain_id_n0 = @GrainIdN0::bigint AND grain_id_n1 = @GrainIdN1::bigint
           AND grain_type = @GrainTypeString::varchar
           AND grain_id_extension = COALESCE(@GrainIdExtensionString::varchar, '')
           AND service_id = @ServiceId::varchar
           AND version = @GrainStateVersion::integer
        RETURNING version)
    SELECT version AS NewGrainStateVersion FROM inserted
    UNION ALL
    SELECT version FROM updated
$q$),
('ReadFromStorageKey', $q$
    SELECT convert_to(payload::text, 'UTF8') AS PayloadBinary, version AS Version
      FROM orleans_grain_state
     WHERE grain_id_n0 = @GrainIdN0::bigint AND grain_id_n1 = @GrainIdN1::bigint
       AND grain_type = @GrainTypeString::varchar
       AND grain_id_extension = COALESCE(@GrainIdExtensionString::varchar, '')
       AND service_id = @ServiceId::varchar
$q$),
-- Clearing keeps the row (payload NULL) so that the version keeps counting up: a stale activation
-- can never write over a grain that was cleared and written again.
('ClearStorageKey', $q$
    UPDATE orleans_grain_state
       SET payload = NULL, version = version + 1, modified_on = now()
     WHERE grain_id_n0 = @GrainIdN0::bigint AND grain_id_n1 = @GrainIdN1::bigint
       AND grain_type = @GrainTypeString::varchar
       AND grain_id_extension = COALESCE(@GrainIdExtensionString::varchar, '')
       AND service_id = @ServiceId::varchar
       AND version = @GrainStateVersion::integer
    RETURNING version AS NewGrainStateVersion
$q$);
