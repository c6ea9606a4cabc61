package io.stowage.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** The resumable_parts table's statements. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResumablePartRepository extends GenericRepository<ResumablePartRow, UUID> {

    ResumablePartRow save(ResumablePartRow row);

    List<ResumablePartRow> findByUploadIdOrderByPartOffset(String uploadId);
}
