package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.rest.LockRoutes;
import java.util.Optional;

/**
 * {@code GET /lock/secret/{secret}?pageSize=&id=}: the locks of a secret (one per recipient), one page at a time in
 * composite-hash order; an empty array for an unknown secret. 409 for a secret, page size or paging id that does not
 * parse.
 */
public final class SecretLocksBySecretRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/lock/secret/{secret}";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new SecretLocksBySecretRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        try {
            Hash256 secret = RouteArguments.hash(request.pathParameter("secret"), "secret");
            int pageSize = RouteArguments.pageSize(request);
            Optional<Hash256> after = LockRoutes.pageAfter(request.queryParameter("id"));
            return RouteResponse.ok(LockRoutes.page(SecretLockView.of(state), new SecretLockKey.Secret(secret),
                    lock -> lock.secret().equals(secret), pageSize, after, SecretLockJson::of));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
    }
}
