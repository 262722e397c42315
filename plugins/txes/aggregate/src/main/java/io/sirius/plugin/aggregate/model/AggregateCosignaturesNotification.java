package io.sirius.plugin.aggregate.model;

import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * An aggregate with its embedded transactions and cosignatures (Sirius's {@code AggregateCosignaturesNotification}).
 * Published once per aggregate, before any notification of its embedded transactions, so that rules over all the
 * cosigners at once (too many, redundant, ineligible) are judged first.
 *
 * @param signer the aggregate's signer
 * @param transactions its embedded transactions, in order
 * @param cosignatures its cosignatures, in order
 */
public record AggregateCosignaturesNotification(PublicKey signer, List<EmbeddedTransaction> transactions,
        List<Cosignature> cosignatures) implements Notification {

    /** Checks for null and copies the lists. */
    public AggregateCosignaturesNotification {
        Objects.requireNonNull(signer, "signer");
        transactions = List.copyOf(transactions);
        cosignatures = List.copyOf(cosignatures);
    }

    /** @return the cosigners, in the cosignatures' order */
    public List<PublicKey> cosigners() {
        return cosignatures.stream().map(Cosignature::signer).toList();
    }
}
