package io.sirius.kernel.receipts;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hash256;
import io.sirius.api.receipt.Receipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.crypto.Hashes;
import java.util.List;

/**
 * The receipts of one source, ordered by receipt type (receipts of the same type in the order they were added).
 *
 * <p>Its hash is SHA3-256 over version (u32, 1) ‖ {@link ReceiptType#TRANSACTION_GROUP} (u16) ‖ source (two u32) ‖
 * each receipt without its size prefix, as Sirius hashes a statement.
 *
 * @param source the source
 * @param receipts the receipts, in statement order
 */
public record TransactionStatement(ReceiptSource source, List<Receipt> receipts) {
    /** Copies the list. */
    public TransactionStatement {
        receipts = List.copyOf(receipts);
    }

    /** @return the statement's hash */
    public Hash256 hash() {
        BinaryWriter out = new BinaryWriter(18 + receipts.size() * 64);
        out.writeI32(1).writeU16(ReceiptType.TRANSACTION_GROUP.value()).writeI32(source.primaryId())
                .writeI32(source.secondaryId());
        for (Receipt receipt : receipts) {
            byte[] bytes = receipt.encode();
            out.writeBytes(bytes, 4, bytes.length - 4);
        }
        return Hashes.sha3_256Hash(out.toByteArray());
    }
}
