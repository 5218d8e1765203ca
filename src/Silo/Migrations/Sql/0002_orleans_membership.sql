-- Cluster membership: one version row per cluster (the table's optimistic-concurrency token) and one
-- row per silo incarnation. Status values are Orleans' SiloStatus: 3 = Active, 6 = Dead.
CREATE TABLE orleans_membership_version
(
    deployment_id varchar(150) NOT NULL,
    "timestamp"   timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleans_membership_version PRIMARY KEY (deployment_id)
);

CREATE TABLE orleans_membership
(
    deployment_id  varchar(150)  NOT NULL,
    address        varchar(45)   NOT NULL,
    port           integer       NOT NULL,
    generation     integer       NOT NULL,
    silo_name      varchar(150)  NOT NULL,
    host_name      varchar(150)  NOT NULL,
    status         integer       NOT NULL,
    proxy_port     integer       NULL,
    suspect_times  varchar(8000) NULL,
    start_time     timestamptz   NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,
    CONSTRAINT pk_orleans_membership PRIMARY KEY (deployment_id, address, port, generation),
    CONSTRAINT fk_orleans_membership_version FOREIGN KEY (deployment_id)
        REFERENCES orleans_membership_version (deployment_id)
);

-- Inserting a silo row and bumping the table version must happen together or not at all; a function
-- lets the losing side of a race roll both back and answer 0 instead of raising.
CREATE FUNCTION orleans_insert_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text,
    p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamptz,
    p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    affected integer;
BEGIN
    UPDATE orleans_membership_version
       SET version = version + 1, "timestamp" = now()
     WHERE deployment_id = p_deployment_id AND version = p_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RETURN 0;
    END IF;

    INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name,
                                    status, proxy_port, start_time, i_am_alive_time)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
            p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RAISE EXCEPTION 'silo row exists' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN 1;
EXCEPTION WHEN unique_violation THEN
    RETURN 0;
END
$$;

CREATE FUNCTION orleans_update_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
    p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    affected integer;
BEGIN
    UPDATE orleans_membership_version
       SET version = version + 1, "timestamp" = now()
     WHERE deployment_id = p_deployment_id AND version = p_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RETURN 0;
    END IF;

    UPDATE orleans_membership
       SET status = p_status, suspect_times = p_suspect_times,
           i_am_alive_time = GREATEST(i_am_alive_time, p_i_am_alive_time)
     WHERE deployment_id = p_deployment_id AND address = p_address AND port = p_port
       AND generation = p_generation;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RAISE EXCEPTION 'silo row missing' USING ERRCODE = 'no_data_found';
    END IF;
    RETURN 1;
EXCEPTION WHEN no_data_found THEN
    RETURN 0;
END
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
        ON CONFLICT DO NOTHING RETURNING 1)
    SELECT count(*)::integer FROM inserted
$q$),
('InsertMembershipKey', $q$
    SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$),
('UpdateMembershipKey', $q$
    SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status,
        @SuspectTimes, @IAmAliveTime, @Version)
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE orleans_membership
       SET i_am_alive_time = GREATEST(i_am_alive_time, @IAmAliveTime)
     WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port
       AND generation = @Generation
$q$),
('MembershipReadRowKey', $q$
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port,
           m.generation AS Generation, m.silo_name AS SiloName, m.host_name AS HostName,
           m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
           m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, v.version AS Version
      FROM orleans_membership_version v
      LEFT JOIN orleans_membership m
        ON m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port
       AND m.generation = @Generation
     WHERE v.deployment_id = @DeploymentId
$q$),
('MembershipReadAllKey', $q$
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port,
           m.generation AS Generation, m.silo_name AS SiloName, m.host_name AS HostName,
           m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
           m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, v.version AS Version
      FROM orleans_membership_version v
      LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
     WHERE v.deployment_id = @DeploymentId
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
    DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
    SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
      FROM orleans_membership
     WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),
-- Defunct-silo cleanup: only rows already declared Dead, last alive before the cut-off. The per-row
-- form deletes exactly the row that was read, so a row that changed since is left alone.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM orleans_membership
     WHERE deployment_id = @DeploymentId AND status = 6
       AND i_am_alive_time < @IAmAliveTime AND start_time < @IAmAliveTime
$q$),
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM orleans_membership
     WHERE deployment_id = @DeploymentId AND status = 6
       AND address = @Address AND port = @Port AND generation = @Generation
       AND i_am_alive_time = @IAmAliveTime AND start_time = @StartTime
       AND COALESCE(suspect_times, '') = COALESCE(@SuspectTimes, '')
$q$);
