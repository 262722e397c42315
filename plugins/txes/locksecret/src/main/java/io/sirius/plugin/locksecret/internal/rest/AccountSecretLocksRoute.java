package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.StateView;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.rest.LockRoutes;

/**
 * {@code GET /account/{accountId}/lock/secret?pageSize=&id=}: the secret locks the account (a public key or an
 * address) created, used, ended and active alike, one page at a time in composite-hash order; an empty array for an
 * account that created none. An address is looked up by the public key the account state knows for it (an owner has
 * signed its lock, so its key is known). 409 for an account id, page size or paging id that does not parse.
 */
public final class AccountSecretLocksRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/account/{accountId}/lock/secret";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new AccountSecretLocksRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        return LockRoutes.ownedBy(request, state, SecretLockView::of, SecretLockKey.Owner::new, SecretLockJson::of);
    }
}
