package io.sirius.plugin.aggregate.model;

import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * One embedded transaction of an aggregate, with the aggregate's signer and cosignatures (Sirius's
 * {@code AggregateEmbeddedTransactionNotification}): whether the accounts that must approve the transaction did is
 * judged on it.
 *
 * @param signer the aggregate's signer
 * @param transaction the embedded transaction
 * @param cosignatures the aggregate's cosignatures, in order
 */
public record AggregateEmbeddedTransactionNotification(PublicKey signer, EmbeddedTransaction transaction,
        List<Cosignature> cosignatures) implements Notification {

    /** Checks for null and copies the list. */
    public AggregateEmbeddedTransactionNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(transaction, "transaction");
        cosignatures = List.copyOf(cosignatures);
    }

    /** @return the cosigners, in the cosignatures' order */
    public List<PublicKey> cosigners() {
        return cosignatures.stream().map(Cosignature::signer).toList();
    }
}
