package io.sirius.api.plugin;

import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Height;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The header facts a handler needs besides the body.
 */
@ProviderType
public interface TransactionContext {

    /** @return the signer (for an embedded transaction, its own signer) */
    PublicKey signer();

    /** @return the transaction's type */
    EntityType type();

    /** @return the entity version */
    int version();

    /** @return the network */
    NetworkType network();

    /** @return the deadline (for an embedded transaction, its aggregate's) */
    Timestamp deadline();

    /** @return the height the transaction is being processed at */
    Height height();

    /**
     * @param key a public key
     * @return its address on this network (RIPEMD-160 of SHA3-256, as Sirius derives it)
     */
    Address addressOf(PublicKey key);

    /** @return whether this transaction is embedded in an aggregate */
    boolean embedded();
}
