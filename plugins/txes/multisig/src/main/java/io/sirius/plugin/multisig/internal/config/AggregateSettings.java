package io.sirius.plugin.multisig.internal.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * What the multisig rules read from the aggregate plugin's section, {@code [plugin:catapult.plugins.aggregate]}, as
 * Sirius's {@code MultisigAggregateEligibleCosignersValidator} does: {@code strictSigner}, optional and true when
 * absent. The section is the aggregate plugin's; only this key is parsed here.
 *
 * @param strictSigner whether an aggregate's signer must itself be an eligible cosigner
 */
public record AggregateSettings(boolean strictSigner) {
    /** The aggregate plugin's section, read for {@code strictSigner} only. */
    public static final ConfigSection<AggregateSettings> SECTION = ConfigSection.of("aggregate", AggregateSettings::parse);

    /**
     * @param properties the aggregate section
     * @return the settings
     * @throws ConfigException if strictSigner is neither true nor false
     */
    public static AggregateSettings parse(ConfigProperties properties) {
        return new AggregateSettings(properties.find("strictSigner").isEmpty() || properties.getBoolean("strictSigner"));
    }
}
