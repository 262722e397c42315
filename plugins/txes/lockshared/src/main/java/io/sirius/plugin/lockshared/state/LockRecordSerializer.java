package io.sirius.plugin.lockshared.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.EntrySerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of a lock cache, version 1, little endian; a family completes it with the fields its lock adds, as Sirius's
 * {@code LockInfoSerializer} takes the family's extended data serializer. A tag byte says which record follows:
 *
 * <pre>
 * 1 lock:    lock
 * 2 key set: count u32 | key 32 * count (ascending)
 *
 * lock: account 32 | mosaicId u64 | amount u64 | height u64 | status u8 | extended data (the family's)
 *       | accountAddress 25 | replaced u8 (0 or 1) | (lock, when replaced is 1)
 * </pre>
 *
 * <p>The lock's first fields are those of Sirius's {@code LockInfoSerializer} version 1, then its family's extended data
 * serializer's, in their order, without their two version words (the kernel keeps the layout version). The owner's
 * address and the replaced lock are this node's (see {@link LockInfo}). Reading is strict: statuses and flags must be
 * known values, addresses must carry their checksum, key sets must ascend, counts are checked against the bytes left
 * before anything is allocated, and a family's own checks failing become {@link DecodeException}s.
 *
 * @param <L> the family's lock record
 */
public abstract class LockRecordSerializer<L extends LockInfo<L>> implements EntrySerializer<LockRecord> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;
    /** The tag of a lock row. */
    public static final int LOCK = 1;
    /** The tag of a key set row. */
    public static final int KEY_SET = 2;

    private final Class<L> lockType;
    private final String rowName;

    /**
     * @param lockType the family's lock record
     * @param rowName what a row is called in messages, e.g. {@code hash lock}
     */
    protected LockRecordSerializer(Class<L> lockType, String rowName) {
        this.lockType = Objects.requireNonNull(lockType, "lockType");
        this.rowName = Objects.requireNonNull(rowName, "rowName");
    }

    /**
     * Writes the fields the family's lock adds, which follow the status.
     *
     * @param lock a lock
     * @param out where they go
     */
    protected abstract void writeExtendedData(L lock, BinaryWriter out);

    /**
     * Reads the fields {@link #writeExtendedData} wrote.
     *
     * @param in the row, at the fields
     * @return how to make the lock once the fields after them are read
     * @throws DecodeException if they are not valid
     */
    protected abstract Completion<L> readExtendedData(BinaryReader in);

    /**
     * The fields every lock row has, read.
     *
     * @param account the owner
     * @param accountAddress the owner's address
     * @param mosaicId the locked mosaic
     * @param amount the locked amount
     * @param height the height the lock ends at
     * @param status used or not
     */
    public record LockFields(PublicKey account, Address accountAddress, MosaicId mosaicId, Amount amount, Height height,
            LockStatus status) {
    }

    /**
     * Makes a family's lock from the shared fields, its own fields (which the completion holds) and the replaced lock.
     *
     * @param <L> the family's lock record
     */
    @FunctionalInterface
    public interface Completion<L> {
        /**
         * @param fields the fields every lock row has
         * @param replaced the lock it replaced, if any
         * @return the lock
         * @throws IllegalArgumentException if the fields do not make a lock (turned into a {@link DecodeException})
         */
        L complete(LockFields fields, Optional<L> replaced);
    }

    @Override
    public final int version() {
        return VERSION;
    }

    @Override
    public final void write(LockRecord record, BinaryWriter out) {
        if (record instanceof LockKeySet set) {
            out.writeU8(KEY_SET);
            out.writeI32(set.keys().size());
            set.keys().forEach(key -> out.writeBytes(key.bytes()));
        } else {
            out.writeU8(LOCK);
            writeLock(lockType.cast(record), out);
        }
    }

    private void writeLock(L lock, BinaryWriter out) {
        out.writeBytes(lock.account().bytes());
        out.writeI64(lock.mosaicId().value());
        out.writeI64(lock.amount().value());
        out.writeI64(lock.height().value());
        out.writeU8(lock.status().code());
        writeExtendedData(lock, out);
        out.writeBytes(lock.accountAddress().bytes());
        out.writeU8(lock.replaced().isPresent() ? 1 : 0);
        lock.replaced().ifPresent(replaced -> writeLock(replaced, out));
    }

    @Override
    public final LockRecord read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException(rowName + " row version " + version + " is unknown");
        }
        int tag = in.readU8("tag");
        return switch (tag) {
            case LOCK -> readLock(in);
            case KEY_SET -> readKeySet(in);
            default -> throw new DecodeException(rowName + " row tag " + tag + " is unknown");
        };
    }

    private L readLock(BinaryReader in) {
        PublicKey account = PublicKey.of(in.readBytes(PublicKey.SIZE, "account"));
        MosaicId mosaicId = new MosaicId(in.readI64("mosaicId"));
        Amount amount = new Amount(in.readI64("amount"));
        Height height = new Height(in.readI64("height"));
        LockStatus status;
        try {
            status = LockStatus.fromCode(in.readU8("status"));
        } catch (IllegalArgumentException e) {
            throw new DecodeException(e.getMessage());
        }
        Completion<L> extended = readExtendedData(in);
        Address accountAddress = readAddress(in, "accountAddress");
        int flag = in.readU8("replaced");
        if (flag > 1) {
            throw new DecodeException("replaced flag is " + flag + ", not 0 or 1");
        }
        Optional<L> replaced = flag == 1 ? Optional.of(readLock(in)) : Optional.empty();
        try {
            return extended.complete(new LockFields(account, accountAddress, mosaicId, amount, height, status), replaced);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(e.getMessage());
        }
    }

    private static LockKeySet readKeySet(BinaryReader in) {
        int count = in.checkCount(Integer.toUnsignedLong(in.readI32("count")), Hash256.SIZE, "keys");
        List<Hash256> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(Hash256.of(in.readBytes(Hash256.SIZE, "key")));
        }
        try {
            return new LockKeySet(keys);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(e.getMessage());
        }
    }

    /**
     * @param in a row
     * @param field the address's name, for the message
     * @return the address, checksum checked
     * @throws DecodeException if the bytes are missing or not an address
     */
    protected static Address readAddress(BinaryReader in, String field) {
        try {
            return Address.of(in.readBytes(Address.SIZE, field));
        } catch (IllegalArgumentException e) {
            throw new DecodeException(field + ": " + e.getMessage());
        }
    }
}
