-- The Orleans ADO.NET providers read every statement they run from this table, by key, at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"). The statements below are this project's own,
-- written to the providers' contract: parameter names and types in, column names and types out.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT pk_orleans_query PRIMARY KEY (QueryKey)
);
