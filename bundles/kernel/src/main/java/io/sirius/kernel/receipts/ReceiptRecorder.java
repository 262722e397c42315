package io.sirius.kernel.receipts;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.receipt.Receipt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one transaction's observers (or the block's own) record while it is applied to a block: receipts and alias
 * resolutions, each with the embedded transaction it came from. It is kept apart until the transaction is known to be
 * in the block, then handed to the {@link StatementBuilder} with the transaction's position; a transaction the block
 * leaves out takes its recorder with it.
 */
public final class ReceiptRecorder {
    private int secondaryId;
    private final List<Recorded> receipts = new ArrayList<>(2);
    private final List<Resolved> resolutions = new ArrayList<>(0);

    /** A receipt and the embedded transaction (0 for the transaction itself) it came from. */
    record Recorded(int secondaryId, Receipt receipt) {
    }

    /** A resolution of an address (else a mosaic id) and the embedded transaction it came from. */
    record Resolved(boolean address, byte[] unresolved, byte[] resolved, int secondaryId) {
    }

    /** The notifications that follow belong to the next embedded transaction of the aggregate being applied. */
    public void nextEmbedded() {
        secondaryId++;
    }

    /** @param receipt a receipt an observer added */
    public void add(Receipt receipt) {
        receipts.add(new Recorded(secondaryId, Objects.requireNonNull(receipt, "receipt")));
    }

    /**
     * Records an address resolution if the alias resolved to something else than its own bytes.
     *
     * @param unresolved the value given
     * @param resolved what it resolved to
     */
    public void resolved(UnresolvedAddress unresolved, Address resolved) {
        byte[] from = unresolved.bytes();
        byte[] to = resolved.bytes();
        if (!Arrays.equals(from, to)) {
            resolutions.add(new Resolved(true, from, to, secondaryId));
        }
    }

    /**
     * Records a mosaic resolution if the alias resolved to another id.
     *
     * @param unresolved the value given
     * @param resolved what it resolved to
     */
    public void resolved(UnresolvedMosaicId unresolved, MosaicId resolved) {
        if (unresolved.value() != resolved.value()) {
            resolutions.add(new Resolved(false, new BinaryWriter(8).writeI64(unresolved.value()).toByteArray(),
                    new BinaryWriter(8).writeI64(resolved.value()).toByteArray(), secondaryId));
        }
    }

    /** @return whether nothing was recorded */
    public boolean isEmpty() {
        return receipts.isEmpty() && resolutions.isEmpty();
    }

    List<Recorded> receipts() {
        return receipts;
    }

    List<Resolved> resolutions() {
        return resolutions;
    }
}
