package io.sirius.plugin.mosaic.internal.config;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.PublicKey;
import java.time.Duration;
import java.util.Objects;

/**
 * The mosaic section of the network config, {@code [plugin:catapult.plugins.mosaic]}, with Sirius's keys:
 * {@code maxMosaicsPerAccount}, {@code maxMosaicDuration} (hours or days, the API's {@link BlockSpan}: {@code 3650d}),
 * {@code maxMosaicDivisibility}, {@code mosaicRentalFeeSinkPublicKey}, {@code mosaicRentalFee} and the optional
 * {@code levyEnabled} (false when absent, as in Sirius). Other keys are ignored, as Sirius ignores them.
 *
 * <p>The supply bound and the block time come from {@code [chain]}, as in Sirius (see {@link ChainValues}).
 *
 * @param maxMosaicsPerAccount the most different mosaics an account may hold (u16)
 * @param maxMosaicDuration the longest duration of a mosaic
 * @param maxMosaicDivisibility the largest divisibility (u8)
 * @param mosaicRentalFeeSinkPublicKey the account rental fees go to
 * @param mosaicRentalFee the fee of a definition, in the currency mosaic
 * @param levyEnabled whether levies may be set and are charged
 */
public record MosaicConfig(int maxMosaicsPerAccount, BlockSpan maxMosaicDuration, int maxMosaicDivisibility,
        PublicKey mosaicRentalFeeSinkPublicKey, Amount mosaicRentalFee, boolean levyEnabled) {
    /** The section declaration. */
    public static final ConfigSection<MosaicConfig> SECTION = ConfigSection.of("mosaic", MosaicConfig::parse);

    /** Checks the arguments. */
    public MosaicConfig {
        Objects.requireNonNull(maxMosaicDuration, "maxMosaicDuration");
        Objects.requireNonNull(mosaicRentalFeeSinkPublicKey, "mosaicRentalFeeSinkPublicKey");
        Objects.requireNonNull(mosaicRentalFee, "mosaicRentalFee");
    }

    /**
     * @param properties the section
     * @return the settings
     * @throws ConfigException naming the key that is missing or wrong
     */
    public static MosaicConfig parse(ConfigProperties properties) {
        String section = properties.section();
        PublicKey sink;
        try {
            sink = PublicKey.fromHex(properties.getString("mosaicRentalFeeSinkPublicKey"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("[" + section + "] mosaicRentalFeeSinkPublicKey: " + e.getMessage());
        }
        return new MosaicConfig(
                (int) properties.getLong("maxMosaicsPerAccount", 0, 0xFFFF),
                properties.getBlockSpan("maxMosaicDuration"),
                (int) properties.getLong("maxMosaicDivisibility", 0, 0xFF),
                sink,
                new Amount(properties.getLong("mosaicRentalFee")),
                properties.find("levyEnabled").isPresent() && properties.getBoolean("levyEnabled"));
    }

    /**
     * @param blockGenerationTargetTime the {@code [chain]} block time in force ({@link ChainValues})
     * @return {@code maxMosaicDuration} in blocks, as Sirius's {@code BlockSpan::blocks} computes it
     */
    public BlockDuration maxMosaicDurationBlocks(Duration blockGenerationTargetTime) {
        return maxMosaicDuration.blocks(blockGenerationTargetTime);
    }
}
