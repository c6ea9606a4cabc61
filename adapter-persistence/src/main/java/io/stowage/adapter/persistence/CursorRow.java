package io.stowage.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of webhook_cursors (V5): a target's delivery position and who holds its lease until when. */
@MappedEntity("webhook_cursors")
public record CursorRow(
        @Id String target,
        long lastEventId,
        @TypeDef(type = DataType.TIMESTAMP) Instant updatedAt,
        String holder,
        @TypeDef(type = DataType.TIMESTAMP) Instant heldUntil) {
}
