package io.stowage.adapter.http.json;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.stowage.domain.error.InvalidRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Typed, lenient reading of a JSON request object: unknown fields are ignored, an absent field and an
 * explicit {@code null} stay distinguishable, and a field of the wrong type is a 400 naming the field.
 */
public final class JsonFields {

    private static final JsonFields EMPTY = new JsonFields(JsonNode.createObjectNode(java.util.Map.of()));

    private final JsonNode object;

    private JsonFields(JsonNode object) {
        this.object = object;
    }

    /** A request body; none at all reads as an empty object, since clients may send no body. */
    public static JsonFields of(@Nullable JsonNode body) {
        if (body == null || body.isNull()) {
            return EMPTY;
        }
        if (!body.isObject()) {
            throw new InvalidRequest("the request body must be a JSON object");
        }
        return new JsonFields(body);
    }

    /** True when the field is there, even as {@code null}. */
    public boolean has(String name) {
        return object.get(name) != null;
    }

    /** The field's value when it is there and not {@code null}. */
    public Optional<JsonNode> value(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    public Optional<String> string(String name) {
        return value(name).map(node -> {
            if (!node.isString()) {
                throw wrongType(name, "a string");
            }
            return node.getStringValue();
        });
    }

    public Optional<Boolean> bool(String name) {
        return value(name).map(node -> {
            if (!node.isBoolean()) {
                throw wrongType(name, "true or false");
            }
            return node.getBooleanValue();
        });
    }

    public OptionalInt integer(String name) {
        Optional<JsonNode> node = value(name);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        JsonNode number = node.get();
        if (!number.isNumber() || number.getDoubleValue() != Math.rint(number.getDoubleValue())
                || Math.abs(number.getDoubleValue()) > Integer.MAX_VALUE) {
            throw wrongType(name, "an integer");
        }
        return OptionalInt.of(number.getIntValue());
    }

    public Optional<List<String>> strings(String name) {
        return value(name).map(node -> {
            if (!node.isArray()) {
                throw wrongType(name, "an array of strings");
            }
            List<String> values = new ArrayList<>(node.size());
            for (JsonNode item : node.values()) {
                if (!item.isString()) {
                    throw wrongType(name, "an array of strings");
                }
                values.add(item.getStringValue());
            }
            return values;
        });
    }

    public Optional<JsonFields> object(String name) {
        return value(name).map(node -> {
            if (!node.isObject()) {
                throw wrongType(name, "an object");
            }
            return new JsonFields(node);
        });
    }

    private static InvalidRequest wrongType(String name, String expected) {
        return new InvalidRequest("'" + name + "' must be " + expected);
    }
}
