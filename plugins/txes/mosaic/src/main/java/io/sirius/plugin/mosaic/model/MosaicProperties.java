package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.BlockDuration;
import java.util.List;
import java.util.Objects;

/**
 * The properties of a mosaic: flags, divisibility and duration (0 = eternal, Sirius's {@code Eternal_Artifact_Duration}).
 *
 * <p>Stored as Sirius stores them, three uint64 values, so that redefinitions can XOR the flags and the divisibility
 * and add durations exactly as Sirius's definition observer does.
 *
 * @param flags the flags ({@link MosaicFlags}), as a raw value
 * @param divisibility the number of decimal places, as a raw value
 * @param duration the lifetime in blocks from the definition's height; 0 for eternal
 */
public record MosaicProperties(long flags, long divisibility, BlockDuration duration) {

    /** Checks the arguments. */
    public MosaicProperties {
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * Reads all properties from a definition's header and optional properties the way Sirius's
     * {@code ExtractAllProperties} does: duration defaults to eternal, an unknown property id is skipped, a later
     * property overrides an earlier one of the same id, and flags and divisibility always come from the header.
     *
     * @param flags the header's flags byte
     * @param divisibility the header's divisibility byte
     * @param optional the optional properties, in wire order
     * @return the properties
     */
    public static MosaicProperties extract(int flags, int divisibility, List<MosaicProperty> optional) {
        long[] values = new long[MosaicProperty.COUNT];
        for (MosaicProperty property : optional) {
            if (property.id() < MosaicProperty.COUNT) {
                values[property.id()] = property.value();
            }
        }
        return new MosaicProperties(flags, divisibility, new BlockDuration(values[MosaicProperty.DURATION]));
    }

    /** @return whether the mosaic never expires */
    public boolean isEternal() {
        return duration.value() == 0;
    }

    /**
     * @param flag one of {@link MosaicFlags}
     * @return whether the flags have it
     */
    public boolean is(int flag) {
        return MosaicFlags.has(flags, flag);
    }

    /** @return whether the owner may change the supply while not holding all of it */
    public boolean supplyMutable() {
        return is(MosaicFlags.SUPPLY_MUTABLE);
    }

    /** @return whether holders other than the owner may transfer it */
    public boolean transferable() {
        return is(MosaicFlags.TRANSFERABLE);
    }

    /** @return the values in property id order: flags, divisibility, duration */
    public long[] values() {
        return new long[] {flags, divisibility, duration.value()};
    }
}
