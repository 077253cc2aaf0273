package io.ringtail.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The schemas of an OpenAPI 3.1 document, validated as what OpenAPI 3.1 says they are: JSON Schema 2020-12
 * (networknt's json-schema-validator). Each schema is validated with the document's {@code components}
 * beside it, so its {@code $ref}s into {@code #/components/schemas} resolve as they do in the document.
 */
final class OpenApiSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,40}");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern) {
    }

    OpenApiSchemas(String document) {
        try {
            this.document = JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<String> paths = this.document.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            templates.add(new Template(path, Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+"))));
        }
    }

    JsonNode document() {
        return document;
    }

    /** The document's path template a request path matches; literal paths win over templated ones. */
    Optional<String> template(String path) {
        Optional<String> literal = templates.stream().filter(t -> t.path.equals(path)).map(Template::path).findFirst();
        return literal.isPresent() ? literal
            : templates.stream().filter(t -> t.pattern.matcher(path).matches()).map(Template::path).findFirst();
    }

    /** @return the operation object, or missing when the document has no such path or method */
    JsonNode operation(String template, String method) {
        return document.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
    }

    /** The operation's response object for this status, following a {@code $ref} into components. */
    JsonNode response(JsonNode operation, int status) {
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.has("$ref")) {
            response = document.at(response.get("$ref").asText().substring(1));
        }
        return response;
    }

    /** @return the schema's complaints about {@code body}, or one complaint when it is not JSON */
    List<String> validate(JsonNode schema, String pointer, String body) {
        JsonNode instance;
        try {
            instance = body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return List.of("not JSON: " + body);
        }
        if (instance == null) {
            return List.of("no JSON body");
        }
        return validate(schema, pointer, instance);
    }

    /**
     * The operation's path, query and header parameters, each validated against its schema: a value that
     * looks like a whole number is taken as one, anything else as a string (which an integer schema refuses).
     */
    List<String> parameterErrors(String template, JsonNode operation, String path, Map<String, List<String>> query,
                                 Map<String, List<String>> headers) {
        Map<String, String> pathValues = new HashMap<>();
        String[] names = template.split("/");
        String[] values = path.split("/");
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].startsWith("{")) {
                pathValues.put(names[i].substring(1, names[i].length() - 1), URLDecoder.decode(values[i], StandardCharsets.UTF_8));
            }
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.has("$ref")) {
                parameter = document.at(parameter.get("$ref").asText().substring(1));
            }
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String value = switch (in) {
                case "path" -> pathValues.get(name);
                case "query" -> first(query, name, false);
                case "header" -> first(headers, name, true);
                default -> null;
            };
            if (value == null) {
                if (parameter.path("required").asBoolean()) {
                    problems.add(in + " parameter '" + name + "': missing");
                }
                continue;
            }
            JsonNode instance = WHOLE_NUMBER.matcher(value).matches()
                ? BigIntegerNode.valueOf(new BigInteger(value)) : TextNode.valueOf(value);
            for (String problem : validate(parameter.path("schema"), in + ":" + name + ":" + operation.path("operationId"), instance)) {
                problems.add(in + " parameter '" + name + "' = '" + value + "': " + problem);
            }
        }
        return problems;
    }

    /** The bearer scheme, the document's only one: an operation that asks for it needs {@code Authorization: Bearer}. */
    List<String> securityErrors(JsonNode operation, Map<String, List<String>> headers) {
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        if (security.isEmpty()) {
            return List.of();
        }
        String authorization = first(headers, "Authorization", true);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? List.of() : List.of("security: the operation needs 'Authorization: Bearer <API key>'");
    }

    private static String first(Map<String, List<String>> values, String name, boolean ignoreCase) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if ((ignoreCase ? entry.getKey().equalsIgnoreCase(name) : entry.getKey().equals(name)) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    private List<String> validate(JsonNode schema, String pointer, JsonNode instance) {
        JsonSchema compiledSchema = compiled.computeIfAbsent(pointer, p -> {
            ObjectNode root = schema.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.get("components"));
            return FACTORY.getSchema(root);
        });
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : compiledSchema.validate(instance)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    /** The document's error schema, for answers outside its operations (unknown path or method). */
    List<String> validateError(String body) {
        return validate(document.at("/components/schemas/Error"), "#/components/schemas/Error", body);
    }
}
