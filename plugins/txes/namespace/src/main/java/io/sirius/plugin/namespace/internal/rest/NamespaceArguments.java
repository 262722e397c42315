package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteRequest;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * The arguments of the namespace routes beyond the API's {@link RouteArguments}: an owner named by public key or
 * address, the paging id, and the most ids or accounts one body may name. Bad input throws the API's
 * {@code InvalidArgumentException}.
 */
final class NamespaceArguments {
    /** The most ids or accounts one request body may name. */
    static final int MAX_IDS = 1000;

    private NamespaceArguments() {
    }

    /**
     * An address is looked up in the owner index, which keeps the key of every account that has owned a namespace.
     *
     * @param namespaces the namespace cache
     * @param text a 64-hex public key, or an address (base32, with or without dashes, or 50 hex)
     * @param name the argument's name, for the message
     * @return the owner's key, or empty for an address that has never owned a namespace
     */
    static Optional<PublicKey> owner(NamespaceView namespaces, String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            return Optional.of(RouteArguments.publicKey(text, name));
        }
        return namespaces.ownerKey(RouteArguments.address(text, name));
    }

    /**
     * @param request the request
     * @return its {@code id}, the {@code meta.id} (16 hex digits) of the last namespace of the previous page, if given
     */
    static Optional<NamespaceId> pageAfter(RouteRequest request) {
        return request.queryParameter("id").map(id -> new NamespaceId(RouteArguments.hexId(id, "id")));
    }
}
