package io.sirius.plugin.multisig.internal.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;

/**
 * The multisig section of the network config, {@code [plugin:catapult.plugins.multisig]}, with Sirius's keys and
 * defaults ({@code resources/config-network.properties}: 3, 10, 1'048'576, true). {@code newCosignersMustApprove} is
 * optional and true when absent, as in Sirius; the other keys are required. Other keys are ignored, as Sirius ignores
 * them.
 *
 * @param maxMultisigDepth the most levels a multisig graph may have (u8)
 * @param maxCosignersPerAccount the most cosignatories a multisig account may have (u8)
 * @param maxCosignedAccountsPerAccount the most multisig accounts one account may cosign (u32)
 * @param newCosignersMustApprove whether the cosignatories a modification adds must cosign its aggregate
 */
public record MultisigConfig(int maxMultisigDepth, int maxCosignersPerAccount, long maxCosignedAccountsPerAccount,
        boolean newCosignersMustApprove) {
    /** The section declaration. */
    public static final ConfigSection<MultisigConfig> SECTION = ConfigSection.of("multisig", MultisigConfig::parse);

    /**
     * @param properties the section
     * @return the settings
     * @throws ConfigException naming the key that is missing or wrong
     */
    public static MultisigConfig parse(ConfigProperties properties) {
        return new MultisigConfig(
                (int) properties.getLong("maxMultisigDepth", 0, 0xFF),
                (int) properties.getLong("maxCosignersPerAccount", 0, 0xFF),
                properties.getLong("maxCosignedAccountsPerAccount", 0, 0xFFFF_FFFFL),
                properties.find("newCosignersMustApprove").isEmpty() || properties.getBoolean("newCosignersMustApprove"));
    }
}
