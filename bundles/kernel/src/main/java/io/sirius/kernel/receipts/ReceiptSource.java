package io.sirius.kernel.receipts;

/**
 * Where in a block a receipt or resolution came from: the block itself is (0, 0), its i-th transaction (1-based) is
 * (i, 0), and the j-th transaction embedded in it (1-based) is (i, j). Ordered by primary, then secondary id, as
 * unsigned numbers.
 *
 * @param primaryId the transaction's position in the block, from 1; 0 for the block
 * @param secondaryId the embedded transaction's position in its aggregate, from 1; 0 otherwise
 */
public record ReceiptSource(int primaryId, int secondaryId) implements Comparable<ReceiptSource> {
    /** The block's own source. */
    public static final ReceiptSource BLOCK = new ReceiptSource(0, 0);

    @Override
    public int compareTo(ReceiptSource other) {
        int primary = Integer.compareUnsigned(primaryId, other.primaryId);
        return primary != 0 ? primary : Integer.compareUnsigned(secondaryId, other.secondaryId);
    }
}
