package io.stowage.adapter.http.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.docs.AccessModes;
import io.stowage.adapter.http.docs.ApiErrors;
import io.stowage.adapter.http.docs.StowageApiDefinition;
import io.stowage.application.port.in.ReadEvents;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.event.EventType;
import io.stowage.domain.identity.Principal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.reactivestreams.Publisher;

/** The event subscription route: a Server-Sent Events stream of the changes the caller may read. */
@Controller("/storage/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = StowageApiDefinition.EVENTS)
final class EventsController {

    private final ReadEvents feed;
    private final EventPolling polling;
    private final JsonMapper mapper;

    EventsController(ReadEvents feed, EventPolling polling, JsonMapper mapper) {
        this.feed = feed;
        this.polling = polling;
        this.mapper = mapper;
    }

    @Get
    @Produces(MediaType.TEXT_EVENT_STREAM)
    @Operation(operationId = "subscribeToEvents", summary = "Subscribe to changes",
            description = "A `text/event-stream` of committed changes (`storage.object.created`, `.updated`,"
                    + " `.deleted`, `storage.bucket.created`, `.deleted`), only of objects the caller may read. Each"
                    + " message's `id` is the event's; after a disconnect, send it back as `Last-Event-ID` to resume"
                    + " without loss, within the retention (`stowage.events.retention`). Without it the stream starts"
                    + " with the next change.")
    @ApiResponse(responseCode = "200", description = "The stream; each message's data is one event.",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(implementation = EventJson.class)))
    @ApiErrors.BadRequest
    @AccessModes.Bearer
    Publisher<Event<String>> subscribe(@Parameter(hidden = true) Principal caller,
            @QueryValue @Nullable @Parameter(description = "Only this bucket's events.") String bucket,
            @QueryValue @Nullable @Parameter(description = "Only events of this type, e.g. storage.object.created.")
                    String type,
            @Header("Last-Event-ID") @Nullable @Parameter(description = "The id of the last event received.")
                    String lastEventId) {
        Optional<BucketName> onlyBucket = Optional.ofNullable(bucket).map(BucketName::new);
        Optional<EventType> onlyType = Optional.ofNullable(type).map(EventType::parse);
        long after = lastEventId == null ? feed.latestPosition() : feed.resumeAfter(position(lastEventId));
        ReadEvents.Query start = new ReadEvents.Query(caller, onlyBucket, onlyType, after, EventStream.PAGE);
        return new EventStream(feed, start, polling, mapper);
    }

    private static long position(String lastEventId) {
        try {
            String digits = lastEventId.strip();
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("Last-Event-ID must be the id of an event (a whole number from 0)");
        }
    }
}
