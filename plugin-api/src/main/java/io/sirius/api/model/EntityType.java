package io.sirius.api.model;

/**
 * A 16-bit entity type: {@code (basic & 0x3) << 14 | (code & 0xF) << 8 | facility}, with basic 1 for
 * transactions and 2 for blocks.
 *
 * @param value the type as on the wire, 0 to 0xFFFF
 */
public record EntityType(int value) {
    /** The nemesis block, 0x8043. */
    public static final EntityType NEMESIS_BLOCK = new EntityType(0x8043);
    /** Every other block, 0x8143. */
    public static final EntityType BLOCK = new EntityType(0x8143);

    /** Checks the range. */
    public EntityType {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("entity type " + value + " does not fit 16 bits");
        }
    }

    /**
     * Composes a transaction type. The code is masked to 4 bits, as Sirius does.
     *
     * @param facility the facility byte of the plugin
     * @param code the transaction's code within its facility
     * @return the type
     */
    public static EntityType transaction(int facility, int code) {
        return new EntityType(1 << 14 | (code & 0xF) << 8 | (facility & 0xFF));
    }

    /** @return the facility byte (the low byte) */
    public int facility() {
        return value & 0xFF;
    }

    /** @return the code nibble */
    public int code() {
        return (value >> 8) & 0xF;
    }

    /** @return whether this is a transaction type (basic type 1) */
    public boolean isTransaction() {
        return (value >> 14) == 1;
    }

    /** @return whether this is a block type (basic type 2) */
    public boolean isBlock() {
        return (value >> 14) == 2;
    }

    /** @return {@code 0x4154} style hex */
    @Override
    public String toString() {
        return String.format("0x%04X", value);
    }
}
