package io.sirius.plugin.property.model;

/**
 * Sirius's property type byte: one value flag (address, mosaic id or transaction type) and the block flag. Without
 * the block flag a property lists the only values allowed; with it, the values refused.
 */
public final class PropertyType {
    /** The property holds addresses. */
    public static final int ADDRESS = 0x01;
    /** The property holds mosaic ids. */
    public static final int MOSAIC_ID = 0x02;
    /** The property holds transaction types. */
    public static final int TRANSACTION_TYPE = 0x04;
    /** The first value flag that is not a property. */
    public static final int SENTINEL = 0x05;
    /** The property blocks its values rather than allowing only them. */
    public static final int BLOCK = 0x80;

    private PropertyType() {
    }

    /**
     * @param raw a property type byte
     * @return its value part, the block flag cleared
     */
    public static int valueType(int raw) {
        return raw & ~BLOCK & 0xFF;
    }

    /**
     * @param raw a property type byte
     * @return whether it blocks (otherwise it allows)
     */
    public static boolean isBlock(int raw) {
        return (raw & BLOCK) != 0;
    }

    /**
     * Sirius's rule: the value part is exactly one flag, below the sentinel.
     *
     * @param raw a property type byte
     * @return whether it names one of the three properties, allowing or blocking
     */
    public static boolean isValid(int raw) {
        int value = valueType(raw);
        return value != 0 && (value & (value - 1)) == 0 && value < SENTINEL;
    }
}
