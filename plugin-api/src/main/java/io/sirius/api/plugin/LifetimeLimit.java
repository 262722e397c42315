package io.sirius.api.plugin;

import io.sirius.api.config.SectionReader;
import java.time.Duration;

/**
 * A transaction type's own limit on how far its deadline may lie after the block time, as Sirius's transaction plugins
 * declare one in their attributes (aggregates allow {@code [plugin:catapult.plugins.aggregate]
 * maxBondedTransactionLifetime}, 48 hours by default, where other transactions have the network's
 * {@code maxTransactionLifetime}).
 *
 * @since 1.1
 */
@FunctionalInterface
public interface LifetimeLimit {

    /** The network's {@code [chain] maxTransactionLifetime}: what types without a limit of their own get. */
    LifetimeLimit NETWORK = config -> Duration.ZERO;

    /**
     * @param config the plugin sections in force at the block being validated
     * @return the longest lifetime, or {@link Duration#ZERO} for the network's {@code maxTransactionLifetime}
     */
    Duration maxLifetime(SectionReader config);
}
