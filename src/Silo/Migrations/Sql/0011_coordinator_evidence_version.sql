-- A version per project's coordinator evidence (see PostgresCoordinatorStore). Each save advances it only from the
-- version the writer loaded, so a second activation of the same coordinator (briefly possible while a silo is lost)
-- cannot interleave its writes with the first one's and leave the rows differing from what either holds in memory.
CREATE TABLE coordinator_evidence_versions
(
    project_id uuid   NOT NULL,
    version    bigint NOT NULL,
    CONSTRAINT pk_coordinator_evidence_versions PRIMARY KEY (project_id)
);

-- Advances the version from p_expected and returns the new one, or raises serialization_failure (40001) when another
-- writer moved it. Raising (rather than returning nothing) is what lets the store send the guard and the row changes
-- as one batch in one implicit transaction: the error rolls all of it back in a single round trip.
CREATE FUNCTION coordinator_advance_evidence(p_project uuid, p_expected bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    advanced bigint;
BEGIN
    INSERT INTO coordinator_evidence_versions AS v (project_id, version) VALUES (p_project, p_expected + 1)
    ON CONFLICT (project_id) DO UPDATE SET version = v.version + 1 WHERE v.version = p_expected
    RETURNING v.version INTO advanced;
    IF advanced IS NULL THEN
        RAISE EXCEPTION 'coordinator evidence of project % is no longer at version %', p_project, p_expected
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN advanced;
END
$$;
