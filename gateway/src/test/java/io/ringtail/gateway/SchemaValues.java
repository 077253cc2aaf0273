package io.ringtail.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Values generated from the JSON schemas of an OpenAPI document, from one seeded {@link Random}: values a
 * schema accepts, and values it refuses by one deliberate fault (a missing required property, an unknown one,
 * the wrong type, a number past its bounds or the long range, a fraction, a word outside an enum, a string
 * too long or outside its pattern). Whole numbers lean on the small ids a test has created and on the bounds,
 * where mistakes live.
 */
final class SchemaValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final Random random;
    private final List<String> words;

    /** @param words strings worth trying where a schema says only "string" (the instruments' symbols, say) */
    SchemaValues(JsonNode document, Random random, List<String> words) {
        this.document = document;
        this.random = random;
        this.words = words;
    }

    JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** A value {@code schema} accepts. */
    JsonNode valid(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return pick(schema.get("enum"));
        }
        if (schema.has("oneOf")) {
            return valid(pick(schema.get("oneOf")));
        }
        String type = type(schema);
        return switch (type) {
            case "integer" -> NODES.numberNode(wholeNumber(schema));
            case "string" -> NODES.textNode(string(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(valid(schema.path("items")));
                }
                yield array;
            }
            case "object" -> object(schema);
            default -> NODES.nullNode();
        };
    }

    /** A value {@code schema} refuses, by one fault. */
    JsonNode invalid(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("oneOf")) {
            JsonNode chosen = resolve(pick(schema.get("oneOf")));
            return type(chosen).equals("object") && random.nextBoolean() ? mixed(schema) : invalid(chosen);
        }
        if (schema.has("enum") || schema.has("const")) {
            return random.nextBoolean() ? NODES.textNode("NOT_" + valid(schema).asText()) : NODES.numberNode(1);
        }
        String type = type(schema);
        switch (type) {
            case "integer" -> {
                return switch (random.nextInt(6)) {
                    case 0 -> NODES.textNode(Long.toString(wholeNumber(schema)));
                    case 1 -> NODES.numberNode(wholeNumber(schema) + 0.5);
                    case 2 -> NODES.numberNode(new BigInteger("9223372036854775808").multiply(BigInteger.valueOf(1 + random.nextInt(1000))));
                    case 3 -> NODES.booleanNode(true);
                    case 4 -> NODES.nullNode();
                    default -> schema.has("minimum") ? NODES.numberNode(schema.get("minimum").asLong() - 1 - random.nextInt(3))
                        : NODES.textNode("x");
                };
            }
            case "string" -> {
                if (schema.has("maxLength") && random.nextBoolean()) {
                    return NODES.textNode("A".repeat(schema.get("maxLength").asInt() + 1));
                }
                if (schema.has("pattern") && random.nextBoolean()) {
                    return NODES.textNode("bad\u0001id");
                }
                if (schema.has("minLength") && schema.get("minLength").asInt() > 0 && random.nextBoolean()) {
                    return NODES.textNode("");
                }
                return random.nextBoolean() ? NODES.numberNode(42) : NODES.arrayNode().add("x");
            }
            case "object" -> {
                ObjectNode object = object(schema);
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                int fault = random.nextInt(3);
                if (fault == 0 && schema.has("anyOf")) {
                    return NODES.objectNode(); // satisfies none of the alternatives
                } else if (fault == 0 && !required.isEmpty()) {
                    object.remove(required.get(random.nextInt(required.size())));
                } else if (fault == 1 || object.isEmpty()) {
                    object.put("unexpected" + random.nextInt(100), 1);
                } else {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    String name = names.get(random.nextInt(names.size()));
                    object.set(name, invalid(schema.path("properties").path(name)));
                }
                return object;
            }
            default -> {
                return NODES.textNode("x");
            }
        }
    }

    /** A whole number the schema accepts, as a path or query parameter is written. */
    String validText(JsonNode schema) {
        return valid(schema).asText();
    }

    /** A parameter value the schema refuses. */
    String invalidText(JsonNode schema) {
        schema = resolve(schema);
        if (type(schema).equals("integer")) {
            return switch (random.nextInt(6)) {
                case 0 -> "abc";
                case 1 -> "1.5";
                case 2 -> "99999999999999999999";
                case 3 -> "";
                case 4 -> "1e3";
                default -> Long.toString(schema.path("minimum").asLong(0) - 1);
            };
        }
        if (schema.has("enum")) {
            return "none-of-" + pick(schema.get("enum")).asText();
        }
        return "";
    }

    private JsonNode mixed(JsonNode oneOf) {
        ObjectNode merged = NODES.objectNode();
        for (JsonNode branch : oneOf.get("oneOf")) {
            merged.setAll(object(resolve(branch)));
        }
        return merged;
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (required.contains(name) || random.nextInt(3) == 0) {
                object.set(name, valid(schema.path("properties").path(name)));
            }
        }
        JsonNode anyOf = schema.path("anyOf");
        if (anyOf.isArray() && !anyOf.isEmpty()) {
            JsonNode need = pick(anyOf).path("required");
            for (JsonNode name : need) {
                if (!object.has(name.asText())) {
                    object.set(name.asText(), valid(schema.path("properties").path(name.asText())));
                }
            }
        }
        return object;
    }

    private long wholeNumber(JsonNode schema) {
        long min = schema.path("minimum").asLong(Long.MIN_VALUE);
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Long.MAX_VALUE;
        if (schema.path("format").asText().equals("int32")) {
            max = Math.min(max, Integer.MAX_VALUE);
        }
        long from = Math.max(min, 0);
        return switch (random.nextInt(10)) {
            case 0 -> min == Long.MIN_VALUE ? 0 : min;
            case 1 -> max;
            case 2 -> from + (long) (random.nextDouble() * (double) (max - from));
            case 3, 4 -> Math.min(max, from + random.nextInt(1000) * 100L);
            default -> Math.min(max, from + random.nextInt(12));
        };
    }

    private String string(JsonNode schema) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Math.max(min, 12));
        if (!schema.has("pattern") && !words.isEmpty() && random.nextInt(4) != 0) {
            String word = words.get(random.nextInt(words.size()));
            if (word.length() >= min && word.length() <= max) {
                return word;
            }
        }
        Pattern pattern = schema.has("pattern") ? Pattern.compile(schema.get("pattern").asText()) : null;
        while (true) {
            int length = min + random.nextInt(Math.max(1, Math.min(max, min + 16) - min + 1));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) (0x20 + random.nextInt(0x7F - 0x20)));
            }
            if (pattern == null || pattern.matcher(text).find()) {
                return text.toString();
            }
        }
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.get(0).asText();
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "") : type.asText();
    }
}
