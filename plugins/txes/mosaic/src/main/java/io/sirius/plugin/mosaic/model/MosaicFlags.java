package io.sirius.plugin.mosaic.model;

/**
 * The flags byte of a mosaic, with Sirius's bits.
 *
 * <p>Sirius (master 1.9.5) defines two bits: supply mutable (0x01) and transferable (0x02), {@link #ALL} = 0x03.
 * NEM's early catapult had a third, "levy mutable" (0x04), which the SDKs still offer as {@code levyMutable}; Sirius
 * dropped it when it introduced its own levies (Mosaic_Modify_Levy, which only the owner may sign), so a definition
 * with bit 0x04 set fails with {@code Failure_Mosaic_Invalid_Flags}, as on Sirius.
 */
public final class MosaicFlags {
    /** No flag. */
    public static final int NONE = 0x00;
    /** The owner may change the supply while holding less than all of it. */
    public static final int SUPPLY_MUTABLE = 0x01;
    /** Holders other than the owner may transfer the mosaic among themselves. */
    public static final int TRANSFERABLE = 0x02;
    /** Every flag Sirius defines; any higher value is invalid. */
    public static final int ALL = SUPPLY_MUTABLE | TRANSFERABLE;
    /** The obsolete catapult "levy mutable" bit, which Sirius rejects. */
    public static final int LEGACY_LEVY_MUTABLE = 0x04;

    private MosaicFlags() {
    }

    /**
     * @param flags a flags value
     * @return whether it uses only the bits Sirius defines
     */
    public static boolean isValid(long flags) {
        return flags >= 0 && flags <= ALL;
    }

    /**
     * @param flags a flags value
     * @param flag one flag
     * @return whether {@code flags} has it
     */
    public static boolean has(long flags, int flag) {
        return (flags & flag) == flag;
    }
}
