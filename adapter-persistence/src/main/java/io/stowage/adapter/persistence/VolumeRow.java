package io.stowage.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of the volumes table (V10) as {@link VolumeRepository} reads it: the JSONB settings arrive as two
 * sorted arrays, names and values (secret values still sealed), so no JSON library is needed here.
 */
@MappedEntity("volumes")
public record VolumeRow(
        @Id UUID id,
        String name,
        String driver,
        @TypeDef(type = DataType.STRING_ARRAY) String[] settingKeys,
        @TypeDef(type = DataType.STRING_ARRAY) String[] settingValues,
        String defaultPrefix,
        String pathStrategy,
        boolean active,
        boolean fromConfig,
        @TypeDef(type = DataType.TIMESTAMP) Instant createdAt,
        @TypeDef(type = DataType.TIMESTAMP) Instant updatedAt) {
}
