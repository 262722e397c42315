package io.sirius.api.validation;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What every validator may read besides its notification.
 */
@ProviderType
public interface ValidationContext extends io.sirius.api.config.SectionReader {

    /** @return the height of the block being validated (or the next block, for unconfirmed transactions) */
    Height height();

    /** @return the block's timestamp (or the node's network time, for unconfirmed transactions) */
    Timestamp blockTime();

    /** @return the network */
    NetworkType network();

    /** @return the network's currency mosaic (fees, deposits, rental fees), from its immutable settings */
    MosaicId currencyMosaicId();

    /**
     * @param key a public key
     * @return its address on this network (RIPEMD-160 of SHA3-256, as Sirius derives it)
     */
    Address addressOf(PublicKey key);

    /** @return the network's generation hash */
    Hash256 generationHash();

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
}
