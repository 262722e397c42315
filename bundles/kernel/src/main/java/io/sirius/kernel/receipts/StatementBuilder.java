package io.sirius.kernel.receipts;

import io.sirius.api.receipt.Receipt;
import io.sirius.api.receipt.ReceiptType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers a block's statements as its transactions are applied, in block order. Receipts of one source are kept
 * ordered by type, those of the same type in the order they came (Sirius inserts each receipt before the first one of a
 * higher type); resolutions of one value are kept in source order without repeating the value resolved just before.
 */
public final class StatementBuilder {
    private static final Comparator<byte[]> BY_MOSAIC_ID = Comparator.comparing(
            bytes -> ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(), Long::compareUnsigned);

    private final Map<ReceiptSource, List<Receipt>> transactions = new TreeMap<>();
    private final Map<byte[], List<ResolutionStatement.Entry>> addresses = new TreeMap<>(Arrays::compareUnsigned);
    private final Map<byte[], List<ResolutionStatement.Entry>> mosaics = new TreeMap<>(BY_MOSAIC_ID);

    /**
     * Takes what a transaction (or the block, with primary id 0) recorded.
     *
     * @param primaryId the transaction's position in the block, from 1; 0 for the block's own notifications
     * @param recorder what it recorded
     */
    public void add(int primaryId, ReceiptRecorder recorder) {
        for (ReceiptRecorder.Recorded recorded : recorder.receipts()) {
            List<Receipt> receipts = transactions.computeIfAbsent(new ReceiptSource(primaryId, recorded.secondaryId()),
                    s -> new ArrayList<>(2));
            Receipt receipt = recorded.receipt();
            int at = receipts.size();
            for (int i = 0; i < receipts.size(); i++) {
                if (receipts.get(i).type().value() > receipt.type().value()) {
                    at = i;
                    break;
                }
            }
            receipts.add(at, receipt);
        }
        for (ReceiptRecorder.Resolved resolved : recorder.resolutions()) {
            List<ResolutionStatement.Entry> entries = (resolved.address() ? addresses : mosaics)
                    .computeIfAbsent(resolved.unresolved(), u -> new ArrayList<>(2));
            if (!entries.isEmpty() && Arrays.equals(entries.get(entries.size() - 1).resolved(), resolved.resolved())) {
                continue;
            }
            entries.add(new ResolutionStatement.Entry(resolved.resolved(),
                    new ReceiptSource(primaryId, resolved.secondaryId())));
        }
    }

    /** @return the statements gathered so far */
    public BlockStatement build() {
        List<TransactionStatement> statements = new ArrayList<>(transactions.size());
        transactions.forEach((source, receipts) -> statements.add(new TransactionStatement(source, receipts)));
        return new BlockStatement(statements, resolutions(ReceiptType.ADDRESS_ALIAS_RESOLUTION, addresses),
                resolutions(ReceiptType.MOSAIC_ALIAS_RESOLUTION, mosaics));
    }

    private static List<ResolutionStatement> resolutions(ReceiptType type, Map<byte[], List<ResolutionStatement.Entry>> map) {
        List<ResolutionStatement> out = new ArrayList<>(map.size());
        map.forEach((unresolved, entries) -> out.add(new ResolutionStatement(type, unresolved, entries)));
        return out;
    }
}
