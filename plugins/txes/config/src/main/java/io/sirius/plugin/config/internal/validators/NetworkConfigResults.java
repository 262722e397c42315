package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.config.model.NetworkConfigTypes;

/**
 * Every result code of the network config family (facility 0x59), with Sirius's names and numbers
 * ({@code plugins/txes/config/src/validators/Results.h}). Sirius spells some names in mixed case
 * ({@code BlockChain_Config_Too_Large}), so each constant carries its exact name. Codes this plugin does not
 * produce (the account-version and reward codes of later Sirius releases, and the checks the kernel's
 * {@code PluginConfigCheck} makes) are listed too, so the facility's numbering stays Sirius's.
 */
public enum NetworkConfigResults implements FamilyFailure {
    /** The signer is not the network key. */
    INVALID_SIGNER(1, "Invalid_Signer", "the signer is not the network's public key"),
    /** The config text is larger than maxBlockChainConfigSize. */
    BLOCKCHAIN_CONFIG_TOO_LARGE(2, "BlockChain_Config_Too_Large", "the config text is larger than maxBlockChainConfigSize"),
    /** Another configuration is already scheduled for that height. */
    CONFIG_REDUNDANT(3, "Config_Redundant", "another network config takes effect at the same height"),
    /** The config text is not a whole network configuration. */
    BLOCKCHAIN_CONFIG_MALFORMED(4, "BlockChain_Config_Malformed", "the config text is not a valid network configuration"),
    /** A plugin section of the proposed configuration is malformed. */
    PLUGIN_CONFIG_MALFORMED(5, "Plugin_Config_Malformed", "a plugin's section of the proposed configuration is malformed"),
    /** The supported-entities JSON is larger than maxSupportedEntityVersionsSize. */
    SUPPORTED_ENTITY_VERSIONS_CONFIG_TOO_LARGE(6, "SupportedEntityVersions_Config_Too_Large",
            "the supported entities are larger than maxSupportedEntityVersionsSize"),
    /** The supported-entities JSON is malformed. */
    SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED(7, "SupportedEntityVersions_Config_Malformed",
            "the supported entities are not valid supported-entities JSON"),
    /** The supported entities no longer accept Network_Config itself. */
    NETWORK_CONFIG_TRX_CANNOT_BE_UNSUPPORTED(8, "Network_Config_Trx_Cannot_Be_Unsupported",
            "the supported entities must keep a version of Network_Config"),
    /** A plugin configured now has no section in the proposed configuration. */
    PLUGIN_CONFIG_MISSING(9, "Plugin_Config_Missing", "a plugin configured now has no section in the proposed configuration"),
    /** importanceGrouping is at most half of maxRollbackBlocks. */
    IMPORTANCE_GROUPING_LESS_OR_EQUAL_HALF_MAX_ROLLBACK_BLOCKS(10, "ImportanceGrouping_Less_Or_Equal_Half_MaxRollbackBlocks",
            "importanceGrouping must be more than half of maxRollbackBlocks"),
    /** harvestBeneficiaryPercentage exceeds 100. */
    HARVEST_BENEFICIARY_PERCENTAGE_EXCEEDS_ONE_HUNDRED(11, "HarvestBeneficiaryPercentage_Exceeds_One_Hundred",
            "harvestBeneficiaryPercentage must not exceed 100"),
    /** The currency supply and its inflation exceed maxMosaicAtomicUnits. */
    MAX_MOSAIC_ATOMIC_UNITS_INVALID(12, "MaxMosaicAtomicUnits_Invalid",
            "the currency supply and inflation exceed maxMosaicAtomicUnits"),
    /** ApplyHeightDelta is zero. */
    APPLY_HEIGHT_DELTA_ZERO(13, "ApplyHeightDelta_Zero", "ApplyHeightDelta must be more than zero"),
    /** The block generation time is zero on a public network. */
    BLOCK_GENERATION_TIME_ZERO_PUBLIC(14, "Block_Generation_Time_Zero_Public",
            "blockGenerationTargetTime must not be zero on a public network"),
    /** The account version is below the minimum account version. */
    ACCOUNT_VERSION_LESS_THAN_MINIMUM(15, "AccountVersion_Less_Than_Minimum",
            "the account version is less than the minimum account version"),
    /** The minimum account version is below the current one. */
    MINIMUM_ACCOUNT_VERSION_LESS_THAN_CURRENT(16, "MinimumAccountVersion_Less_Than_Current",
            "the minimum account version is less than the current one"),
    /** The account version is below the current one. */
    ACCOUNT_VERSION_LESS_THAN_CURRENT(17, "AccountVersion_Less_Than_Current",
            "the account version is less than the current one"),
    /** The reward interval must change after a reward tier. */
    INTERVAL_MUST_CHANGE_AFTER_REWARD_TIER(18, "Interval_Must_Change_After_Reward_Tier",
            "the reward interval must change after a reward tier"),
    /** The reward interval is zero. */
    INTERVAL_MUST_NOT_BE_ZERO(19, "Interval_Must_Not_Be_Zero", "the reward interval must not be zero"),
    /** The height the configuration would take effect at is not after the current one. */
    APPLY_HEIGHT_IN_THE_PAST(20, "ApplyHeight_In_The_Past", "the configuration would take effect at a past height"),
    /** The plugins of the configuration taking effect differ from those the node runs. */
    REQUIRED_PLUGINS_NOT_MATCHING(21, "Required_Plugins_Not_Matching",
            "the plugins of the configuration taking effect are not the ones the node runs"),
    /** Weighted voting and DBRB fast finality are both enabled. */
    WEIGHTED_VOTING_AND_DBRB_FAST_FINALITY_BOTH_ENABLED(22, "Weighted_Voting_And_Dbrb_Fast_Finality_Both_Enabled",
            "weighted voting and DBRB fast finality cannot both be enabled");

    private final Definition definition;

    NetworkConfigResults(int code, String siriusName, String reason) {
        definition = new Definition(NetworkConfigTypes.FACILITY, code, "Failure_NetworkConfig_" + siriusName, reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
