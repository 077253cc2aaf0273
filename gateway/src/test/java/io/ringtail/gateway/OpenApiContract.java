package io.ringtail.gateway;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.ringtail.gateway.openapi.OpenApiRoute;

import java.net.URI;
import java.net.URLDecoder;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds every exchange of the gateway's HTTP tests to the OpenAPI 3.1 document the server serves
 * ({@code openapi.json}). Two tools share the work, since none on Maven Central does all of OpenAPI 3.1 on
 * Java 17: Atlassian's swagger-request-validator (2.x; its 3.x line needs Java 21) matches the operation and
 * checks methods, security, content types, statuses and headers; its schema validator speaks JSON Schema
 * draft-04 and reads 3.1 schemas as if they had no type, so parameters and bodies are validated by
 * networknt's JSON Schema 2020-12 validator instead ({@link OpenApiSchemas}). The rules:
 * <ul>
 *   <li>a request the document allows must get a reply the document lists for its operation, in status,
 *       headers and body;</li>
 *   <li>a request the document refuses (tests send many on purpose) must get a 4xx, never a success or a
 *       5xx; its reply must still be one the document lists for the operation, or, for a path or method the
 *       document does not have, an error body of the document's {@code Error} shape.</li>
 * </ul>
 * Every check is counted; test gateways print the running count as they close ({@link #report()}).
 */
public final class OpenApiContract {
    private static final AtomicLong CHECKED = new AtomicLong();
    private static final OpenApiContract SERVED = new OpenApiContract(new String(OpenApiRoute.read(), StandardCharsets.UTF_8));

    private final OpenApiInteractionValidator validator;
    private final OpenApiSchemas schemas;

    /** @param document an OpenAPI document as JSON; tests pass a broken one to see the checks fail */
    public OpenApiContract(String document) {
        this.schemas = new OpenApiSchemas(document);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
            .withLevelResolver(LevelResolver.create()
                .withLevel("validation.request.body", ValidationReport.Level.IGNORE)
                .withLevel("validation.response.body", ValidationReport.Level.IGNORE)
                // The routes ignore query parameters they do not know, as the document's description says.
                .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                .build())
            .build();
    }

    /** The document the server serves. */
    public static OpenApiContract served() {
        return SERVED;
    }

    /** Exchanges checked so far in this JVM, by every contract. */
    public static long checked() {
        return CHECKED.get();
    }

    /** Sends with {@code client} and holds the exchange to the served document; for tests with a client of their own. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request, String body)
        throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        SERVED.check(request, body == null ? null : body.getBytes(StandardCharsets.UTF_8), response, false);
        return response;
    }

    /** As {@link #send}, without waiting; a broken exchange fails the future. */
    public static CompletableFuture<HttpResponse<String>> sendAsync(HttpClient client, HttpRequest request, String body) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            SERVED.check(request, body == null ? null : body.getBytes(StandardCharsets.UTF_8), response, false);
            return response;
        });
    }

    /** The running count on stdout; the last line a test JVM prints is its total. */
    public static void report() {
        System.out.println("OpenAPI contract: " + CHECKED.get() + " requests and replies validated so far in this JVM");
    }

    /**
     * @param body       what was sent as the body, null for none
     * @param keysWaived the server runs with {@code --dev}, where no request needs a key
     * @throws AssertionError naming the exchange and every disagreement with the document
     */
    public void check(HttpRequest request, byte[] body, HttpResponse<String> response, boolean keysWaived) {
        List<String> problems = problems(request.method(), request.uri(), request.headers().map(), body,
            response.statusCode(), response.headers().map(), response.body(), keysWaived);
        if (!problems.isEmpty()) {
            throw new AssertionError("the exchange breaks openapi.json: " + request.method() + " " + request.uri()
                + (body == null ? "" : " " + abbreviate(new String(body, StandardCharsets.UTF_8)))
                + " -> " + response.statusCode() + " " + abbreviate(response.body()) + "\n  " + String.join("\n  ", problems));
        }
    }

    /** @return the disagreements with the document, empty when the exchange keeps to it */
    public List<String> problems(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] body,
                                 int status, Map<String, List<String>> responseHeaders, String responseBody,
                                 boolean keysWaived) {
        CHECKED.incrementAndGet();
        Request validated = request(method, uri, requestHeaders, body);
        String path = validated.getPath();
        String template = schemas.template(path).orElse(null);
        JsonNode operation = template == null ? null : schemas.operation(template, method);
        boolean known = operation != null && !operation.isMissingNode();
        List<String> requestErrors = new ArrayList<>();
        for (ValidationReport.Message message : validator.validateRequest(validated).getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                && !(keysWaived && message.getKey().startsWith("validation.request.security"))) {
                requestErrors.add(message.getKey() + ": " + message.getMessage());
            }
        }
        if (known) {
            requestErrors.addAll(schemas.parameterErrors(template, operation, path, query(uri), requestHeaders));
            requestErrors.addAll(requestBodyErrors(operation, body));
            if (!keysWaived) {
                requestErrors.addAll(schemas.securityErrors(operation, requestHeaders));
            }
        }
        List<String> problems = new ArrayList<>();
        if (!requestErrors.isEmpty() && (status < 400 || status >= 500)) {
            problems.add("the document refuses the request, yet the server answered " + status + ": " + requestErrors);
        }
        if (!known) {
            if (status < 400 || status >= 500) {
                problems.add("a path or method the document does not have was answered " + status);
            }
            schemas.validateError(responseBody).forEach(p -> problems.add("error body: " + p));
            return problems;
        }
        SimpleResponse.Builder reply = new SimpleResponse.Builder(status);
        responseHeaders.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                reply.withHeader(name, values);
            }
        });
        if (responseBody != null && !responseBody.isEmpty()) {
            reply.withBody(responseBody);
        }
        for (ValidationReport.Message message : validator.validateResponse(path, validated.getMethod(), reply.build()).getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                problems.add(message.getKey() + ": " + message.getMessage());
            }
        }
        problems.addAll(replyBodyErrors(operation, status, responseHeaders, responseBody));
        return problems;
    }

    private List<String> requestBodyErrors(JsonNode operation, byte[] body) {
        JsonNode requestBody = operation.path("requestBody");
        if (requestBody.isMissingNode()) {
            return List.of();
        }
        if (body == null || body.length == 0) {
            return requestBody.path("required").asBoolean() ? List.of("request body: missing") : List.of();
        }
        JsonNode schema = requestBody.path("content").path("application/json").path("schema");
        List<String> problems = new ArrayList<>();
        schemas.validate(schema, operation.path("operationId").asText() + " request", new String(body, StandardCharsets.UTF_8))
            .forEach(p -> problems.add("request body: " + p));
        return problems;
    }

    private List<String> replyBodyErrors(JsonNode operation, int status, Map<String, List<String>> headers, String body) {
        JsonNode schema = schemas.response(operation, status).path("content").path("application/json").path("schema");
        String contentType = headers.entrySet().stream().filter(e -> "content-type".equalsIgnoreCase(e.getKey()))
            .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
        if (schema.isMissingNode() || !contentType.startsWith("application/json")) {
            return List.of(); // an undocumented status or content type is the validator's finding already
        }
        List<String> problems = new ArrayList<>();
        schemas.validate(schema, operation.path("operationId").asText() + " " + status, body)
            .forEach(p -> problems.add("reply body: " + p));
        return problems;
    }

    private static Request request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath() == null ? "/" : uri.getRawPath());
        query(uri).forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        return request.build();
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
