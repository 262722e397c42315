package io.sirius.kernel.internal.pipeline;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.notification.TransactionDeadlineNotification;
import io.sirius.api.notification.TransactionFeeNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.crypto.EntityHasher;
import java.time.Duration;

/**
 * Publishes a transaction's notifications: first the kernel's own, which every transaction has (entity, hash,
 * deadline, fee, signer key, fee debit, signature), then its plugin's.
 */
public final class CoreNotifications {

    private CoreNotifications() {
    }

    /**
     * The fee a block charges, as Sirius computes it: {@code feeMultiplier x size x feeInterest / denominator} in
     * unsigned 64-bit arithmetic.
     *
     * @param fees the block's fee fields, or null for an unconfirmed transaction (which is charged its maximum)
     * @param transaction the transaction
     * @return the fee
     */
    public static Amount fee(BlockFees fees, ParsedTransaction transaction) {
        if (fees == null) {
            return new Amount(transaction.header().maxFee());
        }
        long product = Integer.toUnsignedLong(fees.feeMultiplier()) * feeSize(transaction)
                * Integer.toUnsignedLong(fees.feeInterest());
        return new Amount(Long.divideUnsigned(product, Math.max(1L, Integer.toUnsignedLong(fees.feeInterestDenominator()))));
    }

    /**
     * The size a block charges for: the whole transaction, except that a bonded aggregate is charged without its
     * cosignatures, as Sirius does since blockchain version 1.5.1 (cpp-xpx-chain#394), so cosignatures added while it
     * waits in the partial cache do not raise the fee its signer agreed to. (This node runs current networks only, so
     * the rule is not gated by version.)
     *
     * @param transaction a transaction
     * @return the size its fee is computed on
     */
    public static int feeSize(ParsedTransaction transaction) {
        if (EntityTypes.isBondedAggregate(transaction.header().type())) {
            return EntityHasher.signedDataEnd(transaction.payload());
        }
        return transaction.size();
    }

    static void publish(ParsedTransaction tx, Environment environment, BlockFees fees, NotificationSink sink) {
        TransactionHeader h = tx.header();
        Amount fee = fee(fees, tx);
        sink.publish(new EntityNotification(h.version().networkIdentifier(), h.type(), h.version().version()));
        sink.publish(new TransactionNotification(h.signer(), tx.hash(), h.type(), h.deadline()));
        sink.publish(new TransactionDeadlineNotification(h.deadline(), maxLifetime(tx, environment)));
        sink.publish(new TransactionFeeNotification(tx.size(), fee, new Amount(h.maxFee())));
        sink.publish(new AccountPublicKeyNotification(h.signer()));
        sink.publish(new BalanceDebitNotification(h.signer(),
                new UnresolvedMosaicId(environment.identity().currencyMosaicId().value()), fee));
        DerivationScheme scheme;
        try {
            scheme = DerivationScheme.fromCode(h.version().scheme());
        } catch (IllegalArgumentException e) {
            scheme = null;
        }
        sink.publish(new SignatureNotification(h.signer(), h.signature(), scheme, tx.signingBytes()));
        publishBody(tx, environment, sink);
    }

    /**
     * The type's own lifetime limit read from the config in force; a section its plugin cannot read leaves the
     * network's limit (the config rules refuse such a config before it takes effect).
     */
    private static Duration maxLifetime(ParsedTransaction tx, Environment environment) {
        try {
            Duration limit = tx.descriptor().lifetime().maxLifetime(environment::section);
            return limit == null || limit.isNegative() ? Duration.ZERO : limit;
        } catch (RuntimeException e) {
            return Duration.ZERO;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void publishBody(ParsedTransaction tx, Environment environment, NotificationSink sink) {
        TransactionHandler<T> handler = (TransactionHandler<T>) tx.descriptor().handler();
        handler.publish((T) tx.body(), new Header(tx, environment), sink);
    }

    /**
     * Decodes an embedded transaction's body and runs its plugin's handler.
     *
     * @throws IllegalStateException if its type or version is not handled (the parser refuses such aggregates)
     */
    @SuppressWarnings("unchecked")
    private static <T> void publishEmbedded(EmbeddedTransaction inner, ParsedTransaction aggregate, Environment environment,
            NotificationSink sink) {
        EmbeddedTransactionHeader h = inner.header();
        TransactionDescriptor<T> descriptor = (TransactionDescriptor<T>) environment.plugins().transaction(h.type().value());
        if (descriptor == null || !descriptor.embeddable() || !descriptor.understands(h.version().version())) {
            throw new IllegalStateException("no active plugin handles embedded " + h.type() + " version "
                    + h.version().version());
        }
        BinaryReader reader = BinaryReader.of(inner.body());
        T body = descriptor.codec().decode(reader, h.version().version());
        reader.requireExhausted(descriptor.name() + " body");
        sink.publish(EmbeddedSourceNotification.NEXT);
        descriptor.handler().publish(body, new Embedded(h, aggregate, environment), sink);
    }

    /** The handler's view of a top-level transaction. */
    private record Header(ParsedTransaction tx, Environment environment) implements TransactionContext {
        @Override
        public PublicKey signer() {
            return tx.header().signer();
        }

        @Override
        public EntityType type() {
            return tx.header().type();
        }

        @Override
        public int version() {
            return tx.header().version().version();
        }

        @Override
        public NetworkType network() {
            return environment.identity().network();
        }

        @Override
        public Timestamp deadline() {
            return tx.header().deadline();
        }

        @Override
        public Height height() {
            return environment.height();
        }

        @Override
        public boolean embedded() {
            return false;
        }

        @Override
        public Hash256 hash() {
            return tx.hash();
        }

        @Override
        public void publishEmbedded(EmbeddedTransaction transaction, NotificationSink sink) {
            CoreNotifications.publishEmbedded(transaction, tx, environment, sink);
        }

        @Override
        public Address addressOf(PublicKey key) {
            return environment.addresses().addressOf(key);
        }
    }

    /** The handler's view of a transaction embedded in an aggregate. */
    private record Embedded(EmbeddedTransactionHeader header, ParsedTransaction aggregate, Environment environment)
            implements TransactionContext {
        @Override
        public PublicKey signer() {
            return header.signer();
        }

        @Override
        public EntityType type() {
            return header.type();
        }

        @Override
        public int version() {
            return header.version().version();
        }

        @Override
        public NetworkType network() {
            return environment.identity().network();
        }

        @Override
        public Timestamp deadline() {
            return aggregate.header().deadline();
        }

        @Override
        public Height height() {
            return environment.height();
        }

        @Override
        public boolean embedded() {
            return true;
        }

        @Override
        public Hash256 hash() {
            return aggregate.hash();
        }

        @Override
        public void publishEmbedded(EmbeddedTransaction transaction, NotificationSink sink) {
            throw new IllegalStateException("aggregates do not nest: " + header.type() + " is itself embedded");
        }

        @Override
        public Address addressOf(PublicKey key) {
            return environment.addresses().addressOf(key);
        }
    }
}
