package io.stowage.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The resumable_uploads table's statements. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResumableUploadRepository extends GenericRepository<ResumableUploadRow, String> {

    Optional<ResumableUploadRow> findById(String id);

    ResumableUploadRow save(ResumableUploadRow row);

    void deleteById(String id);

    /** Moves the offset only from where the caller saw it. */
    @Query("UPDATE resumable_uploads SET upload_offset = :next WHERE id = :id AND upload_offset = :expected")
    long advance(String id, long expected, long next);

    @Query("SELECT * FROM resumable_uploads WHERE expires_at < :now ORDER BY expires_at LIMIT :limit")
    List<ResumableUploadRow> findExpired(@TypeDef(type = DataType.TIMESTAMP) Instant now, int limit);
}
