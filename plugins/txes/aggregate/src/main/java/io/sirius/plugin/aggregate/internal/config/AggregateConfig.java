package io.sirius.plugin.aggregate.internal.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import java.time.Duration;
import java.util.Objects;

/**
 * The aggregate section of the network config, {@code [plugin:catapult.plugins.aggregate]}, with Sirius's keys and
 * defaults ({@code resources/config-network.properties}: 1'000, 15, false, true, 48h, true). {@code strictSigner} is
 * optional and true when absent, as in Sirius; the other keys are required. Other keys are ignored, as Sirius ignores
 * them.
 *
 * @param maxTransactionsPerAggregate the most embedded transactions an aggregate may carry (u32)
 * @param maxCosignaturesPerAggregate the most signatures an aggregate may carry, its signer's included (u8)
 * @param enableStrictCosignatureCheck whether the cosigners must be exactly the embedded transactions' signers
 * @param enableBondedAggregateSupport whether bonded aggregates are accepted
 * @param maxBondedTransactionLifetime the longest lifetime of an aggregate (Sirius's attribute of both aggregate types)
 * @param strictSigner whether the aggregate's signer must itself be an eligible cosigner (needed by an embedded
 *     transaction)
 */
public record AggregateConfig(long maxTransactionsPerAggregate, int maxCosignaturesPerAggregate,
        boolean enableStrictCosignatureCheck, boolean enableBondedAggregateSupport, Duration maxBondedTransactionLifetime,
        boolean strictSigner) {
    /** The section declaration. */
    public static final ConfigSection<AggregateConfig> SECTION = ConfigSection.of("aggregate", AggregateConfig::parse);

    /** Checks the arguments. */
    public AggregateConfig {
        Objects.requireNonNull(maxBondedTransactionLifetime, "maxBondedTransactionLifetime");
    }

    /**
     * @param properties the section
     * @return the settings
     * @throws ConfigException naming the key that is missing or wrong
     */
    public static AggregateConfig parse(ConfigProperties properties) {
        Duration lifetime = properties.getDuration("maxBondedTransactionLifetime");
        if (lifetime.isNegative()) {
            throw new ConfigException("[" + properties.section() + "] maxBondedTransactionLifetime is negative");
        }
        return new AggregateConfig(
                properties.getLong("maxTransactionsPerAggregate", 0, 0xFFFF_FFFFL),
                (int) properties.getLong("maxCosignaturesPerAggregate", 0, 0xFF),
                properties.getBoolean("enableStrictCosignatureCheck"),
                properties.getBoolean("enableBondedAggregateSupport"),
                lifetime,
                properties.find("strictSigner").isEmpty() || properties.getBoolean("strictSigner"));
    }
}
