package io.stowage.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The buckets table's plain statements; the ones whose shape matters are in {@link PostgresBucketCatalog}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BucketRepository extends GenericRepository<BucketRow, String> {

    Optional<BucketRow> findById(String id);

    /** A plain INSERT: a taken name fails on the primary key. */
    BucketRow save(BucketRow row);

    long update(@Id String id, String policy, @Nullable Long fileSizeLimit,
            @TypeDef(type = DataType.STRING_ARRAY) String[] allowedMimeTypes,
            @TypeDef(type = DataType.TIMESTAMP) Instant updatedAt);

    /** The volumes (V3) the buckets live on. */
    @Query("SELECT DISTINCT volume FROM buckets")
    List<String> findVolumes();
}
