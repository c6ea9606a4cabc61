package io.stowage.adapter.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.stowage.application.port.out.DependencyCheck;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Probes the database with a trivial query. The wait for a pooled connection is bounded by the pool's
 * connection timeout (datasources.default.connection-timeout), the query itself by {@value #QUERY_TIMEOUT_SECONDS} s.
 */
@Singleton
@Named(DatabaseCheck.NAME)
public final class DatabaseCheck implements DependencyCheck {

    static final String NAME = "database";
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public DatabaseCheck(DataSource dataSource) {
        // the pool itself: Micronaut Data's DataSource bean hands out only the current transaction's connection
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            DatabaseAvailability.answered();
        } catch (SQLException e) {
            throw SqlFailures.translate("health check", e);
        }
    }
}
