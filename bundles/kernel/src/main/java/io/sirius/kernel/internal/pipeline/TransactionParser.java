package io.sirius.kernel.internal.pipeline;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.crypto.EntityHasher;
import io.sirius.kernel.internal.core.CoreResults;

/**
 * Turns untrusted transaction bytes into a {@link ParsedTransaction}, or says why it cannot: malformed bytes
 * (a {@link DecodeException} whose message names the field), or a type or version no active plugin handles
 * ({@code Failure_Core_Invalid_Version}).
 */
public final class TransactionParser {
    private final Hash256 generationHash;

    /**
     * @param generationHash the network's generation hash, part of every transaction hash
     */
    public TransactionParser(Hash256 generationHash) {
        this.generationHash = generationHash;
    }

    /**
     * Outcome of parsing.
     *
     * @param transaction the parsed transaction, or null
     * @param rejection why it was refused, or null
     */
    public record Outcome(ParsedTransaction transaction, Rejection rejection) {
        /** @return whether parsing succeeded */
        public boolean ok() {
            return transaction != null;
        }
    }

    /**
     * @param payload the bytes
     * @param plugins the active plugins
     * @return the outcome
     * @throws DecodeException if the bytes are not a transaction
     */
    public Outcome parse(byte[] payload, ActivePlugins plugins) {
        Transaction transaction = Transaction.decode(payload);
        TransactionHeader header = transaction.header();
        TransactionDescriptor<?> descriptor = plugins.transaction(header.type().value());
        if (descriptor == null) {
            return new Outcome(null, new Rejection(CoreResults.INVALID_VERSION,
                    "no active plugin handles transaction type " + header.type()));
        }
        int version = header.version().version();
        if (!descriptor.understands(version)) {
            return new Outcome(null, new Rejection(CoreResults.INVALID_VERSION, descriptor.name() + " version " + version
                    + " is not understood (plugin handles " + descriptor.minVersion() + ".." + descriptor.maxVersion() + ")"));
        }
        byte[] bodyBytes = transaction.body();
        BinaryReader reader = BinaryReader.of(bodyBytes);
        Object body = descriptor.codec().decode(reader, version);
        reader.requireExhausted(descriptor.name() + " body");
        Hash256 hash = EntityHasher.transactionHash(payload, generationHash);
        Hash256 merkle = hash;
        if (EntityTypes.isAggregate(header.type())) {
            AggregateTransaction aggregate = AggregateTransaction.decode(payload);
            Rejection inner = checkEmbedded(aggregate, plugins);
            if (inner != null) {
                return new Outcome(null, inner);
            }
            merkle = EntityHasher.merkleComponentHash(hash, aggregate.cosignatures().stream().map(Cosignature::signer).toList());
        }
        return new Outcome(new ParsedTransaction(payload, header, body, descriptor, hash, merkle,
                EntityHasher.signingBytes(payload, generationHash)), null);
    }

    /**
     * Every embedded transaction must be of an active, embeddable type in a version its plugin understands, with a
     * body that decodes exactly (Sirius refuses such an aggregate as malformed before validating it).
     *
     * @throws DecodeException if an embedded body is malformed
     */
    private static Rejection checkEmbedded(AggregateTransaction aggregate, ActivePlugins plugins) {
        int index = 0;
        for (EmbeddedTransaction inner : aggregate.transactions()) {
            EntityType type = inner.header().type();
            int version = inner.header().version().version();
            TransactionDescriptor<?> descriptor = plugins.transaction(type.value());
            if (descriptor == null) {
                return new Rejection(CoreResults.INVALID_VERSION, "embedded transaction " + index + ": no active plugin "
                        + "handles transaction type " + type);
            }
            if (!descriptor.embeddable()) {
                return new Rejection(CoreResults.CONSUMER_MALFORMED, "embedded transaction " + index + ": "
                        + descriptor.name() + " cannot be embedded in an aggregate");
            }
            if (!descriptor.understands(version)) {
                return new Rejection(CoreResults.INVALID_VERSION, "embedded transaction " + index + ": "
                        + descriptor.name() + " version " + version + " is not understood (plugin handles "
                        + descriptor.minVersion() + ".." + descriptor.maxVersion() + ")");
            }
            BinaryReader reader = BinaryReader.of(inner.body());
            descriptor.codec().decode(reader, version);
            reader.requireExhausted("embedded transaction " + index + " (" + descriptor.name() + ") body");
            index++;
        }
        return null;
    }
}
