/**
 * Adapter: the bucket and object catalogs in PostgreSQL, their Flyway schema, the database health
 * check, and the embedded PostgreSQL server used when no external database is configured.
 */
module io.stowage.adapter.persistence {
    requires io.stowage.application;
    requires java.sql;
    // the database's availability is logged once per change (DatabaseAvailability)
    requires org.slf4j;
    requires jakarta.inject;
    requires io.micronaut.micronaut_core;
    requires io.micronaut.micronaut_inject;
    // the DataSource is built from datasources.default.* and migrated at start by these two
    requires io.micronaut.sql.micronaut_jdbc_hikari;
    requires io.micronaut.flyway.micronaut_flyway;
    // repositories and mapped rows for the CRUD tables, the transaction manager, JdbcOperations
    requires io.micronaut.data.micronaut_data_model;
    requires io.micronaut.data.micronaut_data_runtime;
    requires io.micronaut.data.micronaut_data_jdbc;
    requires io.micronaut.data.micronaut_data_connection;
    requires io.micronaut.data.micronaut_data_connection_jdbc;
    requires io.micronaut.data.micronaut_data_tx;
    requires io.micronaut.data.micronaut_data_tx_jdbc;
    requires flyway.core;
    requires flyway.database.postgresql;
    requires org.postgresql.jdbc;
    requires embedded.postgres;

    exports io.stowage.adapter.persistence.embedded;

    // Micronaut reads bean definitions reflectively; Flyway scans the migration scripts
    opens io.stowage.adapter.persistence;
    opens db.migration;
}
