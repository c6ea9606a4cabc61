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
import java.util.UUID;

/** The volumes table's statements; settings are written with jsonb_object and read with jsonb_each_text. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VolumeRepository extends GenericRepository<VolumeRow, UUID> {

    String SELECT = "SELECT id, name, driver,"
            + " ARRAY(SELECT key FROM jsonb_each_text(settings) ORDER BY key) AS setting_keys,"
            + " ARRAY(SELECT value FROM jsonb_each_text(settings) ORDER BY key) AS setting_values,"
            + " default_prefix, path_strategy, active, from_config, created_at, updated_at FROM volumes";

    @Query(SELECT + " ORDER BY name")
    List<VolumeRow> findAllRows();

    @Query(SELECT + " WHERE name = :name")
    Optional<VolumeRow> findByName(String name);

    /** A plain insert that does nothing when the name is taken: 0 rows then. */
    @Query("INSERT INTO volumes (id, name, driver, settings, default_prefix, path_strategy, active, from_config,"
            + " created_at, updated_at) VALUES (:id, :name, :driver, jsonb_object(:keys, :values), :defaultPrefix,"
            + " :pathStrategy, :active, false, :createdAt, :updatedAt) ON CONFLICT (name) DO NOTHING")
    long insertRow(UUID id, String name, String driver, @TypeDef(type = DataType.STRING_ARRAY) String[] keys,
            @TypeDef(type = DataType.STRING_ARRAY) String[] values, String defaultPrefix, String pathStrategy,
            boolean active, @TypeDef(type = DataType.TIMESTAMP) Instant createdAt,
            @TypeDef(type = DataType.TIMESTAMP) Instant updatedAt);

    /** The configuration file's volume, taking the name over: from_config, active, settings replaced. */
    @Query("INSERT INTO volumes (id, name, driver, settings, default_prefix, path_strategy, active, from_config,"
            + " created_at, updated_at) VALUES (:id, :name, :driver, jsonb_object(:keys, :values), :defaultPrefix,"
            + " :pathStrategy, true, true, :at, :at) ON CONFLICT (name) DO UPDATE SET driver = EXCLUDED.driver,"
            + " settings = EXCLUDED.settings, default_prefix = EXCLUDED.default_prefix,"
            + " path_strategy = EXCLUDED.path_strategy, active = true, from_config = true,"
            + " updated_at = EXCLUDED.updated_at")
    long upsertConfigured(UUID id, String name, String driver, @TypeDef(type = DataType.STRING_ARRAY) String[] keys,
            @TypeDef(type = DataType.STRING_ARRAY) String[] values, String defaultPrefix, String pathStrategy,
            @TypeDef(type = DataType.TIMESTAMP) Instant at);

    @Query("UPDATE volumes SET settings = jsonb_object(:keys, :values), default_prefix = :defaultPrefix,"
            + " active = :active, updated_at = :updatedAt WHERE name = :name")
    long updateRow(String name, @TypeDef(type = DataType.STRING_ARRAY) String[] keys,
            @TypeDef(type = DataType.STRING_ARRAY) String[] values, String defaultPrefix, boolean active,
            @TypeDef(type = DataType.TIMESTAMP) Instant updatedAt);

    @Query("DELETE FROM volumes WHERE name = :name")
    long deleteByName(String name);

    /** The settings alone, as a key rotation re-seals them; the volume's updated_at stays. */
    @Query("UPDATE volumes SET settings = jsonb_object(:keys, :values) WHERE name = :name")
    long updateSettings(String name, @TypeDef(type = DataType.STRING_ARRAY) String[] keys,
            @TypeDef(type = DataType.STRING_ARRAY) String[] values);
}
