package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.rest.RouteRequest;
import java.util.Map;
import java.util.Optional;

/**
 * A GET request for route tests.
 *
 * @param path the path parameters
 */
record TestRequest(Map<String, String> path) implements RouteRequest {

    /**
     * @param accountId the account id path parameter
     * @return the request
     */
    static TestRequest account(String accountId) {
        return new TestRequest(Map.of("accountId", accountId));
    }

    @Override
    public String pathParameter(String name) {
        return path.get(name);
    }

    @Override
    public Optional<String> queryParameter(String name) {
        return Optional.empty();
    }

    @Override
    public byte[] body() {
        return new byte[0];
    }
}
