package io.sirius.plugin.aggregate.model;

import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.PublicKey;
import java.util.List;

/**
 * The body of an aggregate (everything after its 122-byte header): {@code PayloadSize u32 | embedded transactions back
 * to back | cosignatures up to the end}.
 *
 * @param transactions the embedded transactions, in order
 * @param cosignatures the cosignatures, in order
 */
public record AggregateTransactionBody(List<EmbeddedTransaction> transactions, List<Cosignature> cosignatures) {

    /** Copies the lists. */
    public AggregateTransactionBody {
        transactions = List.copyOf(transactions);
        cosignatures = List.copyOf(cosignatures);
    }

    /** @return the PayloadSize field: the total size of the embedded transactions */
    public long payloadSize() {
        long total = 0;
        for (EmbeddedTransaction transaction : transactions) {
            total += transaction.header().size();
        }
        return total;
    }

    /** @return the cosigners, in the cosignatures' order */
    public List<PublicKey> cosigners() {
        return cosignatures.stream().map(Cosignature::signer).toList();
    }
}
