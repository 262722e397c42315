package io.sirius.api.receipt;

/**
 * A receipt type as Sirius composes it (uint16): the basic type in the top 4 bits, a code in the next 4, the facility
 * (the plugin family's byte) in the low 8. The basic type tells a reader the receipt's shape.
 *
 * @param value the uint16
 */
public record ReceiptType(int value) {
    /** Basic type: a balance moved from one account to another ({@link BalanceTransferReceipt}). */
    public static final int BALANCE_TRANSFER = 0x1;
    /** Basic type: an account was credited ({@link BalanceChangeReceipt}). */
    public static final int BALANCE_CREDIT = 0x2;
    /** Basic type: an account was debited ({@link BalanceChangeReceipt}). */
    public static final int BALANCE_DEBIT = 0x3;
    /** Basic type: a mosaic or namespace expired ({@link ArtifactExpiryReceipt}). */
    public static final int ARTIFACT_EXPIRY = 0x4;
    /** Basic type: new currency was created ({@link InflationReceipt}). */
    public static final int INFLATION = 0x5;
    /** Basic type of statement groups (the headers of statement hashes). */
    public static final int AGGREGATE = 0xE;
    /** Basic type of alias resolutions. */
    public static final int ALIAS_RESOLUTION = 0xF;

    /** The core facility (Sirius's {@code FacilityCode::Core}). */
    public static final int CORE_FACILITY = 0x43;

    /** Fees credited to a block's harvester or beneficiary: 0x2143. */
    public static final ReceiptType HARVEST_FEE = of(BALANCE_CREDIT, CORE_FACILITY, 1);
    /** Currency created by inflation: 0x5143. */
    public static final ReceiptType INFLATION_RECEIPT = of(INFLATION, CORE_FACILITY, 1);
    /** The header type of a transaction statement: 0xE143. */
    public static final ReceiptType TRANSACTION_GROUP = of(AGGREGATE, CORE_FACILITY, 1);
    /** The header type of an address resolution statement: 0xF143. */
    public static final ReceiptType ADDRESS_ALIAS_RESOLUTION = of(ALIAS_RESOLUTION, CORE_FACILITY, 1);
    /** The header type of a mosaic resolution statement: 0xF243. */
    public static final ReceiptType MOSAIC_ALIAS_RESOLUTION = of(ALIAS_RESOLUTION, CORE_FACILITY, 2);

    /** Checks the range. */
    public ReceiptType {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("a receipt type is a uint16, not " + value);
        }
    }

    /**
     * @param basicType the basic type, 0 to 15
     * @param facility the facility byte
     * @param code the code, 0 to 15
     * @return the type
     */
    public static ReceiptType of(int basicType, int facility, int code) {
        if (basicType < 0 || basicType > 0xF || code < 0 || code > 0xF || facility < 0 || facility > 0xFF) {
            throw new IllegalArgumentException("basic type and code are 0 to 15 and the facility a byte, not "
                    + basicType + ", " + code + ", " + facility);
        }
        return new ReceiptType(basicType << 12 | code << 8 | facility);
    }

    /** @return the basic type (the shape) */
    public int basicType() {
        return value >>> 12;
    }

    /** @return the facility byte */
    public int facility() {
        return value & 0xFF;
    }

    @Override
    public String toString() {
        return String.format("0x%04X", value);
    }
}
