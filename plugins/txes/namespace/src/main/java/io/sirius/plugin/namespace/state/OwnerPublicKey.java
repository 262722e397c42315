package io.sirius.plugin.namespace.state;

import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * The public key of the account behind an owner address: the value of a {@link NamespaceKey.OwnerAddress} row, so the
 * account routes can find an owner's roots from its address without deriving addresses (which needs RIPEMD-160, which
 * REST routes do not have).
 *
 * @param key the owner's public key
 */
public record OwnerPublicKey(PublicKey key) implements NamespaceRecord {

    /** Checks for null. */
    public OwnerPublicKey {
        Objects.requireNonNull(key, "key");
    }
}
