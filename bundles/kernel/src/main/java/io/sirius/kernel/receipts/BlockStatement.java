package io.sirius.kernel.receipts;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hash256;
import io.sirius.api.receipt.Receipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.crypto.EntityHasher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a block's observers recorded: its transaction statements by source, then its address and mosaic
 * resolution statements by unresolved value.
 *
 * <p>The block's {@code blockReceiptsHash} is the Merkle root (the same tree as the transactions hash) of the
 * statements' hashes in that order, or zero when there are none.
 *
 * <p>Stored form (beside the block): version u8 (1) ‖ count u32 ‖ per transaction statement: source (two u32) ‖
 * receipt count u32 ‖ each receipt with its size prefix ‖ count u32 ‖ per address resolution statement: unresolved
 * (25) ‖ entry count u32 ‖ per entry resolved (25) ‖ source ‖ the same for mosaic resolutions with 8-byte values;
 * little-endian.
 *
 * @param transactionStatements the transaction statements, by source
 * @param addressResolutions the address resolution statements, by unresolved address (unsigned bytes)
 * @param mosaicResolutions the mosaic resolution statements, by unresolved mosaic id (unsigned)
 */
public record BlockStatement(List<TransactionStatement> transactionStatements, List<ResolutionStatement> addressResolutions,
        List<ResolutionStatement> mosaicResolutions) {
    /** A block without statements. */
    public static final BlockStatement EMPTY = new BlockStatement(List.of(), List.of(), List.of());

    private static final int ADDRESS_SIZE = 25;
    private static final int MOSAIC_SIZE = 8;

    /** Copies the lists. */
    public BlockStatement {
        transactionStatements = List.copyOf(transactionStatements);
        addressResolutions = List.copyOf(addressResolutions);
        mosaicResolutions = List.copyOf(mosaicResolutions);
    }

    /** @return how many statements there are */
    public int count() {
        return transactionStatements.size() + addressResolutions.size() + mosaicResolutions.size();
    }

    /** @return every statement's hash, in Merkle order */
    public List<Hash256> hashes() {
        List<Hash256> out = new ArrayList<>(count());
        transactionStatements.forEach(s -> out.add(s.hash()));
        addressResolutions.forEach(s -> out.add(s.hash()));
        mosaicResolutions.forEach(s -> out.add(s.hash()));
        return out;
    }

    /** @return the block's receipts hash */
    public Hash256 hash() {
        return EntityHasher.blockTransactionsHash(hashes());
    }

    /**
     * @param statementHash a statement's hash
     * @return the path from it to {@link #hash()}, if the block has that statement
     */
    public Optional<List<EntityHasher.MerkleStep>> merklePath(Hash256 statementHash) {
        List<Hash256> leaves = hashes();
        int index = leaves.indexOf(statementHash);
        return index < 0 ? Optional.empty() : Optional.of(EntityHasher.merklePath(leaves, index));
    }

    /** @return the stored form */
    public byte[] encode() {
        BinaryWriter out = new BinaryWriter(64 + count() * 80);
        out.writeU8(1).writeI32(transactionStatements.size());
        for (TransactionStatement statement : transactionStatements) {
            writeSource(out, statement.source());
            out.writeI32(statement.receipts().size());
            for (Receipt receipt : statement.receipts()) {
                out.writeBytes(receipt.encode());
            }
        }
        writeResolutions(out, addressResolutions);
        writeResolutions(out, mosaicResolutions);
        return out.toByteArray();
    }

    /**
     * @param bytes the stored form
     * @return the statement
     * @throws DecodeException if the bytes are not one
     */
    public static BlockStatement decode(byte[] bytes) {
        BinaryReader in = BinaryReader.of(bytes);
        int version = in.readU8("statement version");
        if (version != 1) {
            throw new DecodeException("block statement version " + version + " is unknown");
        }
        int count = in.readSize32("transaction statements");
        List<TransactionStatement> transactions = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            ReceiptSource source = readSource(in);
            int receipts = in.readSize32("receipts");
            List<Receipt> list = new ArrayList<>(Math.min(receipts, 1024));
            for (int r = 0; r < receipts; r++) {
                int size = in.readSize32("receipt size");
                byte[] receipt = new BinaryWriter(size).writeI32(size)
                        .writeBytes(in.readBytes(Math.max(0, size - 4), "receipt")).toByteArray();
                list.add(Receipt.decode(receipt));
            }
            transactions.add(new TransactionStatement(source, list));
        }
        List<ResolutionStatement> addresses = readResolutions(in, ReceiptType.ADDRESS_ALIAS_RESOLUTION, ADDRESS_SIZE);
        List<ResolutionStatement> mosaics = readResolutions(in, ReceiptType.MOSAIC_ALIAS_RESOLUTION, MOSAIC_SIZE);
        in.requireExhausted("block statement");
        return new BlockStatement(transactions, addresses, mosaics);
    }

    private static void writeResolutions(BinaryWriter out, List<ResolutionStatement> statements) {
        out.writeI32(statements.size());
        for (ResolutionStatement statement : statements) {
            out.writeBytes(statement.unresolved()).writeI32(statement.entries().size());
            for (ResolutionStatement.Entry entry : statement.entries()) {
                out.writeBytes(entry.resolved());
                writeSource(out, entry.source());
            }
        }
    }

    private static List<ResolutionStatement> readResolutions(BinaryReader in, ReceiptType type, int size) {
        int count = in.readSize32("resolution statements");
        List<ResolutionStatement> out = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            byte[] unresolved = in.readBytes(size, "unresolved value");
            int entries = in.readSize32("resolutions");
            List<ResolutionStatement.Entry> list = new ArrayList<>(Math.min(entries, 1024));
            for (int e = 0; e < entries; e++) {
                list.add(new ResolutionStatement.Entry(in.readBytes(size, "resolved value"), readSource(in)));
            }
            out.add(new ResolutionStatement(type, unresolved, list));
        }
        return out;
    }

    private static void writeSource(BinaryWriter out, ReceiptSource source) {
        out.writeI32(source.primaryId()).writeI32(source.secondaryId());
    }

    private static ReceiptSource readSource(BinaryReader in) {
        return new ReceiptSource(in.readI32("primary id"), in.readI32("secondary id"));
    }
}
