package io.sirius.plugin.mosaic.internal.levy;

import io.sirius.api.model.Amount;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;

/**
 * What a levy costs, computed exactly as Sirius's {@code MosaicLevyCalculatorFactory} does, single-precision float
 * included, because every node must charge the same atomic units:
 * <ul>
 * <li>{@link LevyType#ABSOLUTE}: the fee;</li>
 * <li>{@link LevyType#PERCENTILE}: {@code pct = (float(fee) / 100000f) / 100f}, then {@code uint64(float(amount) *
 * pct)}, truncated;</li>
 * <li>{@link LevyType#NONE}: nothing.</li>
 * </ul>
 * A fee is valid (Sirius's {@code IsMosaicLevyFeeValid}) when it is above zero and, for a percentile,
 * {@code float(fee) / 100000f} is at most 100.
 */
public final class LevyCalculator {
    private static final float DECIMAL_PLACE = MosaicLevy.PERCENTILE_DECIMAL_PLACE;
    private static final float TWO_POW_63 = 0x1p63f;
    private static final float TWO_POW_64 = 0x1p64f;

    private LevyCalculator() {
    }

    /**
     * @param levy the levy
     * @param transferred the amount transferred
     * @return the levy on it
     */
    public static Amount levy(MosaicLevy levy, Amount transferred) {
        return levy(levy.type(), levy.fee(), transferred);
    }

    /**
     * @param type the levy type
     * @param fee the levy fee
     * @param transferred the amount transferred
     * @return the levy on it
     */
    public static Amount levy(LevyType type, Amount fee, Amount transferred) {
        switch (type) {
            case ABSOLUTE:
                return fee;
            case PERCENTILE:
                float pct = (toFloat(fee.value()) / DECIMAL_PLACE) / 100.0f;
                return new Amount(toUnsigned(toFloat(transferred.value()) * pct));
            default:
                return Amount.ZERO;
        }
    }

    /**
     * @param type the levy type
     * @param fee the levy fee
     * @return whether the fee is acceptable for the type
     */
    public static boolean isFeeValid(LevyType type, Amount fee) {
        if (fee.value() == 0) {
            return false;
        }
        return type != LevyType.PERCENTILE || toFloat(fee.value()) / DECIMAL_PLACE <= 100;
    }

    /** A uint64 as the nearest float, as C++ converts it. */
    static float toFloat(long unsigned) {
        if (unsigned >= 0) {
            return unsigned;
        }
        // halve keeping the lowest bit as a sticky bit, so the rounding is the one of the full value
        return ((float) ((unsigned >>> 1) | (unsigned & 1))) * 2.0f;
    }

    /** A non-negative float truncated to a uint64 (saturating where C++ would be undefined). */
    static long toUnsigned(float value) {
        if (!(value > 0)) {
            return 0;
        }
        if (value < TWO_POW_63) {
            return (long) value;
        }
        if (value >= TWO_POW_64) {
            return -1L;
        }
        return ((long) (value - TWO_POW_63)) | Long.MIN_VALUE;
    }
}
