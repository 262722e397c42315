package io.sirius.api.config;

import io.sirius.api.model.BlockDuration;
import java.time.Duration;

/**
 * A span of time that the network config states in whole hours or days ({@code 1h}, {@code 2d}, {@code 365d}, digits
 * optionally grouped with apostrophes) and that rules use as a number of blocks, as Sirius's {@code utils::BlockSpan}
 * does for lock, namespace and mosaic durations: the span's milliseconds divided by the block generation target time
 * in force, rounded down. Read it with {@link ConfigProperties#getBlockSpan(String)}.
 *
 * @param hours the span in hours
 * @since 1.1
 */
public record BlockSpan(long hours) {
    private static final long MILLIS_PER_HOUR = 3_600_000L;

    /** Checks the range: the span in milliseconds must fit a signed 64-bit value. */
    public BlockSpan {
        if (hours < 0 || hours > Long.MAX_VALUE / MILLIS_PER_HOUR) {
            throw new IllegalArgumentException("a block span of " + hours + " hours is out of range");
        }
    }

    /**
     * @param key the config key, for the message (e.g. {@code [plugin:catapult.plugins.lockhash] maxHashLockDuration})
     * @param text the value, e.g. {@code 2d}
     * @return the span
     * @throws ConfigException if the text is not a number of hours ({@code h}) or days ({@code d}), or is too large
     */
    public static BlockSpan parse(String key, String text) {
        String value = text.trim().replace("'", "");
        if (value.length() >= 2) {
            char unit = value.charAt(value.length() - 1);
            String digits = value.substring(0, value.length() - 1);
            if ((unit == 'h' || unit == 'd') && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    long amount = Long.parseLong(digits);
                    return new BlockSpan(unit == 'h' ? amount : Math.multiplyExact(amount, 24L));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new ConfigException(key + " = '" + text + "' is too large");
                }
            }
        }
        throw new ConfigException(key + " = '" + text + "' is not a block span in hours or days, such as 1h or 30d");
    }

    /** @return the span as a duration */
    public Duration duration() {
        return Duration.ofHours(hours);
    }

    /**
     * @param blockTime the block generation target time in force
     * @return the span in blocks (0 for a zero span)
     */
    public BlockDuration blocks(Duration blockTime) {
        return new BlockDuration(hours * MILLIS_PER_HOUR / Math.max(1L, blockTime.toMillis()));
    }
}
