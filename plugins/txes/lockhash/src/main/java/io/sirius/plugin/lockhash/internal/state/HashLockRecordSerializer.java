package io.sirius.plugin.lockhash.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hash256;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockRecordSerializer;

/**
 * The HashLockInfo cache's rows, version 1, little endian: the shared lock rows ({@link LockRecordSerializer}) with
 * the hash lock's extended data, Sirius's {@code HashLockInfoExtendedDataSerializer}, the aggregate hash:
 *
 * <pre>
 * 1 lock:    lock
 * 2 key set: count u32 | hash 32 * count (ascending)
 *
 * lock: account 32 | mosaicId u64 | amount u64 | height u64 | status u8 | hash 32 | accountAddress 25
 *       | replaced u8 (0 or 1) | (lock, when replaced is 1)
 * </pre>
 */
public final class HashLockRecordSerializer extends LockRecordSerializer<HashLockInfo> {

    /** The serializer. */
    public HashLockRecordSerializer() {
        super(HashLockInfo.class, "hash lock");
    }

    @Override
    protected void writeExtendedData(HashLockInfo lock, BinaryWriter out) {
        out.writeBytes(lock.hash().bytes());
    }

    @Override
    protected Completion<HashLockInfo> readExtendedData(BinaryReader in) {
        Hash256 hash = Hash256.of(in.readBytes(Hash256.SIZE, "hash"));
        return (fields, replaced) -> new HashLockInfo(fields.account(), fields.accountAddress(), fields.mosaicId(),
                fields.amount(), fields.height(), fields.status(), hash, replaced);
    }
}
