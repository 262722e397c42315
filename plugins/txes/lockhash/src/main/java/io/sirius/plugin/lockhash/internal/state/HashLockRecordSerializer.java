package io.sirius.plugin.lockhash.internal.state;

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
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockRecord;
import io.sirius.plugin.lockhash.state.LockKeySet;
import io.sirius.plugin.lockhash.state.LockStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HashLockInfo cache's rows, version 1, little endian. A tag byte says which record follows:
 *
 * <pre>
 * 1 lock:    lock
 * 2 key set: count u32 | hash 32 * count (ascending)
 *
 * lock: account 32 | mosaicId u64 | amount u64 | height u64 | status u8 | hash 32 | accountAddress 25
 *       | replaced u8 (0 or 1) | (lock, when replaced is 1)
 * </pre>
 *
 * <p>The lock's first fields are those of Sirius's {@code LockInfoSerializer} version 1 and
 * {@code HashLockInfoExtendedDataSerializer}, in their order, without their two version words (the kernel keeps the
 * layout version). The owner's address and the replaced lock are this node's (see {@link HashLockInfo}). Reading is
 * strict: statuses and flags must be known values, addresses must carry their checksum, key sets must ascend, and
 * counts are checked against the bytes left before anything is allocated.
 */
public final class HashLockRecordSerializer implements EntrySerializer<HashLockRecord> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;
    /** The tag of a lock row. */
    public static final int LOCK = 1;
    /** The tag of a key set row. */
    public static final int KEY_SET = 2;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(HashLockRecord record, BinaryWriter out) {
        if (record instanceof HashLockInfo lock) {
            out.writeU8(LOCK);
            writeLock(lock, out);
        } else {
            LockKeySet set = (LockKeySet) record;
            out.writeU8(KEY_SET);
            out.writeI32(set.keys().size());
            set.keys().forEach(key -> out.writeBytes(key.bytes()));
        }
    }

    private static void writeLock(HashLockInfo lock, BinaryWriter out) {
        out.writeBytes(lock.account().bytes());
        out.writeI64(lock.mosaicId().value());
        out.writeI64(lock.amount().value());
        out.writeI64(lock.height().value());
        out.writeU8(lock.status().code());
        out.writeBytes(lock.hash().bytes());
        out.writeBytes(lock.accountAddress().bytes());
        out.writeU8(lock.replaced().isPresent() ? 1 : 0);
        lock.replaced().ifPresent(replaced -> writeLock(replaced, out));
    }

    @Override
    public HashLockRecord read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("hash lock row version " + version + " is unknown");
        }
        int tag = in.readU8("tag");
        return switch (tag) {
            case LOCK -> readLock(in);
            case KEY_SET -> readKeySet(in);
            default -> throw new DecodeException("hash lock row tag " + tag + " is unknown");
        };
    }

    private static HashLockInfo readLock(BinaryReader in) {
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
        Hash256 hash = Hash256.of(in.readBytes(Hash256.SIZE, "hash"));
        Address accountAddress;
        try {
            accountAddress = Address.of(in.readBytes(Address.SIZE, "accountAddress"));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("accountAddress: " + e.getMessage());
        }
        int flag = in.readU8("replaced");
        if (flag > 1) {
            throw new DecodeException("replaced flag is " + flag + ", not 0 or 1");
        }
        Optional<HashLockInfo> replaced = flag == 1 ? Optional.of(readLock(in)) : Optional.empty();
        try {
            return new HashLockInfo(account, accountAddress, mosaicId, amount, height, status, hash, replaced);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(e.getMessage());
        }
    }

    private static LockKeySet readKeySet(BinaryReader in) {
        int count = in.checkCount(Integer.toUnsignedLong(in.readI32("count")), Hash256.SIZE, "hashes");
        List<Hash256> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(Hash256.of(in.readBytes(Hash256.SIZE, "hash")));
        }
        try {
            return new LockKeySet(keys);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(e.getMessage());
        }
    }
}
