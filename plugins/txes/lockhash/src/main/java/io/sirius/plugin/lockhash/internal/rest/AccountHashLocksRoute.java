package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.lockhash.state.HashLockKey;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockshared.rest.LockRoutes;

/**
 * {@code GET /account/{accountId}/lock/hash?pageSize=&id=}: the hash locks the account (a public key or an address)
 * created, used, ended and active alike, one page at a time in hash order; an empty array for an account that created
 * none. An address is looked up by the public key the account state knows for it (an owner has signed its lock, so its
 * key is known). 409 for an account id, page size or paging id that does not parse.
 */
public final class AccountHashLocksRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/{accountId}/lock/hash";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new AccountHashLocksRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        return LockRoutes.ownedBy(request, state, HashLockView::of, HashLockKey.Owner::new, HashLockJson::of);
    }
}
