package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole block: its header, its top-level transactions back to back, and for v4+ blocks the block
 * cosignatures (96 bytes each) after the TransactionPayloadSize bytes of transactions. A v3 block's
 * transactions run to its Size and it has no cosignatures.
 *
 * @param header the header; sizes must match the content
 * @param transactions the transactions, in order
 * @param cosignatures the block cosignatures (empty for v3)
 */
public record Block(BlockHeader header, List<Transaction> transactions, List<Cosignature> cosignatures) {

    /** Checks that the header's sizes match the content; copies the lists. */
    public Block {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        cosignatures = List.copyOf(cosignatures);
        long payload = payloadSize(transactions);
        if (!header.hasCommitteeFields() && !cosignatures.isEmpty()) {
            throw new IllegalArgumentException("a v3 block has no cosignatures");
        }
        if (header.hasCommitteeFields() && payload != header.transactionPayloadSize()) {
            throw new IllegalArgumentException("transaction payload size " + header.transactionPayloadSize()
                    + " does not match " + payload + " bytes of transactions");
        }
        long size = header.headerSize() + payload + (long) cosignatures.size() * Cosignature.SIZE;
        if (size != header.size()) {
            throw new IllegalArgumentException("block size " + header.size() + " does not match the content's "
                    + size + " bytes");
        }
    }

    /**
     * Creates a block with the header's sizes computed from the content.
     *
     * @param header the header; its sizes are replaced
     * @param transactions the transactions
     * @param cosignatures the cosignatures (v4+ only)
     * @return the block
     */
    public static Block of(BlockHeader header, List<Transaction> transactions, List<Cosignature> cosignatures) {
        long payload = payloadSize(transactions);
        long size = header.headerSize() + payload + (long) cosignatures.size() * Cosignature.SIZE;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a block of " + size + " bytes is too large");
        }
        int payloadField = header.hasCommitteeFields() ? (int) payload : 0;
        return new Block(header.withSizes((int) size, payloadField), transactions, cosignatures);
    }

    /**
     * @param bytes exactly one block
     * @return the block
     * @throws DecodeException on truncation, size mismatches, unknown types or versions, a transaction that
     *     overruns its area, or a cosignature area that is not a whole number of cosignatures
     */
    public static Block decode(byte[] bytes) {
        BinaryReader in = BinaryReader.of(bytes);
        BlockHeader header = BlockHeader.decode(in);
        Entities.requireSize(header.size(), bytes.length, "block");
        int start = header.headerSize();
        int end = header.hasCommitteeFields() ? start + header.transactionPayloadSize() : bytes.length;
        if (header.hasCommitteeFields() && header.transactionPayloadSize() > bytes.length - start) {
            throw new DecodeException("transaction payload size " + header.transactionPayloadSize() + " exceeds the "
                    + (bytes.length - start) + " bytes after the block header");
        }
        List<Transaction> transactions = new ArrayList<>();
        int at = start;
        while (at < end) {
            int size = Entities.sizeAt(bytes, at, end, TransactionHeader.SIZE, "block transaction");
            transactions.add(Transaction.decode(bytes, at, size));
            at += size;
        }
        BinaryReader tail = BinaryReader.of(bytes, end, bytes.length - end);
        if (tail.remaining() % Cosignature.SIZE != 0) {
            throw new DecodeException("the " + tail.remaining() + " bytes after the block transactions are not a "
                    + "whole number of " + Cosignature.SIZE + "-byte cosignatures");
        }
        int count = tail.checkCount(tail.remaining() / Cosignature.SIZE, Cosignature.SIZE, "block cosignatures");
        List<Cosignature> cosignatures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cosignatures.add(Cosignature.decode(tail, false));
        }
        return new Block(header, transactions, cosignatures);
    }

    /** @param out receives the block's bytes */
    public void encode(BinaryWriter out) {
        header.encode(out);
        for (Transaction tx : transactions) {
            tx.encode(out);
        }
        for (Cosignature cosignature : cosignatures) {
            cosignature.encode(out, false);
        }
    }

    /** @return the block's bytes */
    public byte[] encode() {
        BinaryWriter out = new BinaryWriter(header.size());
        encode(out);
        return out.toByteArray();
    }

    private static long payloadSize(List<Transaction> transactions) {
        long total = 0;
        for (Transaction tx : transactions) {
            total += tx.header().size();
        }
        return total;
    }
}
