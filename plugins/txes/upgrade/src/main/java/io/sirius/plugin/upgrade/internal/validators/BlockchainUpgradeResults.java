package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTypes;

/**
 * Every result code of the blockchain upgrade family (facility 0x58). Codes 1 to 5 are Sirius's names and numbers
 * ({@code plugins/txes/upgrade/src/validators/Results.h}). Sirius has no rule that a new version must be higher
 * than the one required now, nor one against an upgrade height past the largest uint64; this node adds both, with
 * codes from 100 on so they never meet a Sirius number (its later releases use 6 to 9 for account upgrades). The
 * name of the first is the one an early Sirius release gave the same rule.
 */
public enum BlockchainUpgradeResults implements FamilyFailure {
    /** The signer is not the network key. */
    INVALID_SIGNER(1, "Invalid_Signer", "the signer is not the network's public key"),
    /** The upgrade period is shorter than minUpgradePeriod. */
    UPGRADE_PERIOD_TOO_LOW(2, "Upgrade_Period_Too_Low", "the upgrade period is shorter than minUpgradePeriod"),
    /** Another upgrade is already scheduled for that height. */
    REDUNDANT(3, "Redundant", "another upgrade takes effect at the same height"),
    /** The block needs a newer node version than this node runs. */
    INVALID_CURRENT_VERSION(4, "Invalid_Current_Version", "this node's version is older than the one the block's height requires"),
    /** The upgrade plugin's config section is malformed. */
    PLUGIN_CONFIG_MALFORMED(5, "Plugin_Config_Malformed", "the upgrade plugin's config section is malformed"),
    /** The new version is not higher than the version required now (sirius-osgi). */
    VERSION_LOWER_THAN_CURRENT(100, "Version_Lower_Than_Current",
            "the new version must be higher than the version required now"),
    /** The upgrade height would pass the largest height (sirius-osgi). */
    UPGRADE_PERIOD_TOO_HIGH(101, "Upgrade_Period_Too_High", "the upgrade height would pass the largest height");

    private final Definition definition;

    BlockchainUpgradeResults(int code, String siriusName, String reason) {
        definition = new Definition(BlockchainUpgradeTypes.FACILITY, code, "Failure_BlockchainUpgrade_" + siriusName, reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
