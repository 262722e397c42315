package io.sirius.kernel.receipts;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hash256;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.crypto.Hashes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The resolutions of one unresolved value (an address alias or a mosaic alias) in a block, in source order; a
 * resolution to the same value as the one before it is not repeated.
 *
 * <p>Its hash is SHA3-256 over version (u16, 1: Sirius writes this version in two bytes, unlike a transaction
 * statement's) ‖ type (u16: {@link ReceiptType#ADDRESS_ALIAS_RESOLUTION} or
 * {@link ReceiptType#MOSAIC_ALIAS_RESOLUTION}) ‖ the unresolved value ‖ each entry's resolved value ‖ source.
 *
 * @param type the statement's type
 * @param unresolved the unresolved value's bytes (25 for an address, 8 little-endian for a mosaic id)
 * @param entries the resolutions
 */
public record ResolutionStatement(ReceiptType type, byte[] unresolved, List<Entry> entries) {

    /**
     * One resolution.
     *
     * @param resolved the resolved value's bytes (as the unresolved value's)
     * @param source where it was made
     */
    public record Entry(byte[] resolved, ReceiptSource source) {
        /** Copies the bytes. */
        public Entry {
            resolved = resolved.clone();
        }

        @Override
        public byte[] resolved() {
            return resolved.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry that && Arrays.equals(resolved, that.resolved) && source.equals(that.source);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(resolved) + source.hashCode();
        }
    }

    /** Copies the arguments. */
    public ResolutionStatement {
        Objects.requireNonNull(type, "type");
        unresolved = unresolved.clone();
        entries = List.copyOf(entries);
    }

    @Override
    public byte[] unresolved() {
        return unresolved.clone();
    }

    /** @return whether it resolves an address (else a mosaic id) */
    public boolean isAddress() {
        return type.equals(ReceiptType.ADDRESS_ALIAS_RESOLUTION);
    }

    /** @return the statement's hash */
    public Hash256 hash() {
        BinaryWriter out = new BinaryWriter(4 + unresolved.length + entries.size() * (unresolved.length + 8));
        out.writeU16(1).writeU16(type.value()).writeBytes(unresolved);
        for (Entry entry : entries) {
            out.writeBytes(entry.resolved).writeI32(entry.source().primaryId()).writeI32(entry.source().secondaryId());
        }
        return Hashes.sha3_256Hash(out.toByteArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolutionStatement that && type.equals(that.type)
                && Arrays.equals(unresolved, that.unresolved) && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(unresolved), entries);
    }
}
