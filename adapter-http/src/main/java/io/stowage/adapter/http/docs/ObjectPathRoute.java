package io.stowage.adapter.http.docs;

import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route whose URL ends in the object path ({@code {+path}}, slashes included), which the
 * OpenAPI generator cannot express: such routes go to their own document group, and
 * {@link OpenApiDocument} appends {@code /{path}} to their URLs when it joins the groups.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@OpenAPIGroup(value = OpenApiDocument.OBJECT_PATHS_GROUP, exclude = OpenApiDocument.API_GROUP)
@Parameter(name = "path", in = ParameterIn.PATH, required = true, schema = @Schema(type = "string"),
        description = "The object's key within the bucket: the rest of the URL, slashes included (e.g. `2026/cat.png`).")
public @interface ObjectPathRoute {
}
