package io.sirius.api.observer;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.state.StateDelta;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an observer may read and change.
 */
@ProviderType
public interface ObserverContext extends io.sirius.api.config.SectionReader {

    /** @return commit or rollback */
    NotifyMode mode();

    /** @return the height of the block being applied or undone */
    Height height();

    /** @return that block's timestamp */
    Timestamp blockTime();

    /** @return the network */
    NetworkType network();

    /** @return the network's currency mosaic (fees, deposits, rental fees), from its immutable settings */
    MosaicId currencyMosaicId();

    /**
     * @return the network's public key in force at {@link #height()} (the {@code [network] publicKey} that signs
     *     network config and upgrade transactions, and that Sirius exempts from some fees)
     * @since 1.1
     */
    PublicKey networkPublicKey();

    /**
     * @return the {@code [chain]} section in force at {@link #height()}, read only (for example
     *     {@code maxMosaicAtomicUnits}, {@code blockGenerationTargetTime})
     * @since 1.1
     */
    ConfigProperties chainConfig();

    /**
     * @param section a config section the plugin registered
     * @param <C> its settings type
     * @return the settings in force at {@link #height()}
     */
    <C> C config(ConfigSection<C> section);

    /**
     * @param key a public key
     * @return its address on this network (RIPEMD-160 of SHA3-256, as Sirius derives it)
     */
    Address addressOf(PublicKey key);

    /** @return the state being changed */
    StateDelta state();

    /**
     * @return alias resolution against {@link #state()}; while a block is applied, each resolution of an alias is
     *     recorded in the block's resolution statements
     */
    Resolvers resolvers();

    /**
     * Records a receipt of what this observer did, in the statement of the transaction (or embedded transaction, or
     * block) being applied. Receipts are part of the block's receipts hash, so an observer adds the same receipts
     * for the same block on every node, and only in {@link NotifyMode#COMMIT} mode (in rollback mode, and wherever
     * no block is being applied, such as the unconfirmed pool, the kernel ignores them).
     *
     * @param receipt the receipt
     * @since 1.2
     */
    void addReceipt(io.sirius.api.receipt.Receipt receipt);
}
