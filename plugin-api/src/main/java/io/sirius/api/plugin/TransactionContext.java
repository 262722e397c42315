package io.sirius.api.plugin;

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

    /** @return whether this transaction is embedded in an aggregate */
    boolean embedded();
}
