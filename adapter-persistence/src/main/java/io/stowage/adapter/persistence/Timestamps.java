package io.stowage.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants to and from timestamptz, cut to the microseconds PostgreSQL keeps, so a round trip is exact. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime toColumn(Instant instant) {
        return OffsetDateTime.ofInstant(exact(instant), ZoneOffset.UTC);
    }

    /** The instant as the column keeps it. */
    static Instant exact(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant read(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
