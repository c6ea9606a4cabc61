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
    requires flyway.core;
    requires flyway.database.postgresql;
    requires org.postgresql.jdbc;
    requires embedded.postgres;

    exports io.stowage.adapter.persistence.embedded;

    // Micronaut reads bean definitions reflectively; Flyway scans the migration scripts
    opens io.stowage.adapter.persistence;
    opens db.migration;
}
