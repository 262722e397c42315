package io.sirius.plugin.testkit;

import io.sirius.api.rest.RouteRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RouteRequest} for REST route tests: the path parameters, query parameters and body a route's
 * {@code handle} reads, with no HTTP server.
 *
 * <pre>{@code
 * RouteResponse page = new AccountNamespacesRoute()
 *         .handle(TestRequest.path("accountId", OWNER.toHex()).query("pageSize", "10"), state.view());
 * RouteResponse names = new NamespaceNamesRoute().handle(TestRequest.json("{\"namespaceIds\": []}"), state.view());
 * }</pre>
 *
 * <p>As the REST bundle's request does, it throws {@link IllegalArgumentException} when a route asks for a path
 * parameter the request has not got (a route reading a parameter its path does not declare), and answers a query
 * parameter that was not given with {@link Optional#empty()}. The body is empty unless given. Immutable: {@link #query}
 * returns a new request.
 */
public final class TestRequest implements RouteRequest {
    private final Map<String, String> path;
    private final Map<String, String> query;
    private final byte[] body;

    private TestRequest(Map<String, String> path, Map<String, String> query, byte[] body) {
        this.path = path;
        this.query = query;
        this.body = body;
    }

    /** @return a request with no parameters and an empty body */
    public static TestRequest empty() {
        return new TestRequest(Map.of(), Map.of(), new byte[0]);
    }

    /**
     * @param name a path parameter's name, as the route's path declares it ({@code accountId} for
     *     {@code /account/{accountId}/namespaces})
     * @param value its value, already URL-decoded
     * @return a request with that path parameter and an empty body, as for a GET
     */
    public static TestRequest path(String name, String value) {
        return new TestRequest(Map.of(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")),
                Map.of(), new byte[0]);
    }

    /**
     * @param json the body, as JSON text
     * @return a request with that body (UTF-8) and no parameters, as for a POST
     */
    public static TestRequest json(String json) {
        return body(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param body the body's bytes (copied)
     * @return a request with that body and no parameters, as for a POST
     */
    public static TestRequest body(byte[] body) {
        return new TestRequest(Map.of(), Map.of(), Objects.requireNonNull(body, "body").clone());
    }

    /**
     * @param name a query parameter's name
     * @param value its value, already URL-decoded
     * @return a copy of this request with that query parameter (replacing one of the same name)
     */
    public TestRequest query(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new TestRequest(path, Map.copyOf(more), body);
    }

    /**
     * @throws IllegalArgumentException if the request has no such path parameter, as the REST bundle does
     */
    @Override
    public String pathParameter(String name) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the request has no path parameter {" + name + "}; it has " + path.keySet());
        }
        return value;
    }

    @Override
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "TestRequest[path=" + path + ", query=" + query + ", body=" + body.length + " bytes]";
    }
}
