package io.sirius.plugin.mosaic.internal.config;

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
 * {@code maxMosaicsPerAccount}, {@code maxMosaicDuration} (hours or days, as Sirius's {@code BlockSpan}: {@code 3650d}),
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
public record MosaicConfig(int maxMosaicsPerAccount, Duration maxMosaicDuration, int maxMosaicDivisibility,
        PublicKey mosaicRentalFeeSinkPublicKey, Amount mosaicRentalFee, boolean levyEnabled) {
    /** The section declaration. */
    public static final ConfigSection<MosaicConfig> SECTION = ConfigSection.of("mosaic", MosaicConfig::parse);

    private static final long MILLIS_PER_HOUR = 3_600_000L;

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
                hours(properties, "maxMosaicDuration"),
                (int) properties.getLong("maxMosaicDivisibility", 0, 0xFF),
                sink,
                new Amount(properties.getLong("mosaicRentalFee")),
                properties.find("levyEnabled").isPresent() && properties.getBoolean("levyEnabled"));
    }

    /**
     * @param blockGenerationTargetTime the {@code [chain]} block time in force ({@link ChainValues})
     * @return {@code maxMosaicDuration} in blocks, as Sirius's {@code BlockSpan::blocks} computes it: whole hours in
     *     milliseconds divided by the block time in milliseconds
     */
    public BlockDuration maxMosaicDurationBlocks(Duration blockGenerationTargetTime) {
        return new BlockDuration(maxMosaicDuration.toMillis() / Math.max(1, blockGenerationTargetTime.toMillis()));
    }

    /** A span of whole hours, written with {@code h} or {@code d} as Sirius's {@code BlockSpan} requires. */
    private static Duration hours(ConfigProperties properties, String key) {
        String raw = properties.getString(key);
        if (!raw.endsWith("h") && !raw.endsWith("d")) {
            throw new ConfigException("[" + properties.section() + "] " + key + " = '" + raw
                    + "' is not a span in hours or days such as 24h or 3650d");
        }
        try {
            Duration duration = properties.getDuration(key);
            if (duration.toMillis() % MILLIS_PER_HOUR != 0) {
                throw new ArithmeticException("not whole hours");
            }
            return duration;
        } catch (ArithmeticException e) {
            throw new ConfigException("[" + properties.section() + "] " + key + " = '" + raw + "' is out of range");
        }
    }
}
