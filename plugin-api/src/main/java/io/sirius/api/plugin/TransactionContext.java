package io.sirius.api.plugin;

import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.NotificationSink;
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

    /**
     * @return the transaction's hash; for an embedded transaction, its aggregate's (what cosigners sign)
     * @since 1.1
     */
    Hash256 hash();

    /**
     * Publishes the notifications of a transaction embedded in this one through the plugin that handles its type,
     * with a context whose signer, type and version are the embedded transaction's and whose deadline and hash are
     * this transaction's. For aggregate plugins; the kernel has already refused an aggregate whose embedded types
     * are not active, not embeddable or of a version their plugin does not understand.
     *
     * @param transaction an embedded transaction of this one
     * @param sink where its notifications go
     * @throws IllegalStateException if called on an embedded transaction's context (aggregates do not nest)
     * @since 1.1
     */
    void publishEmbedded(EmbeddedTransaction transaction, NotificationSink sink);
}
