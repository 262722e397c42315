package io.sirius.plugin.locksecret.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockRecordSerializer;

/**
 * The SecretLockInfo cache's rows, version 1, little endian: the shared lock rows ({@link LockRecordSerializer}) with
 * the secret lock's extended data, Sirius's {@code SecretLockInfoExtendedDataSerializer}: the algorithm, the secret and
 * the recipient.
 *
 * <pre>
 * 1 lock:    lock
 * 2 key set: count u32 | compositeHash 32 * count (ascending)
 *
 * lock: account 32 | mosaicId u64 | amount u64 | height u64 | status u8 | hashAlgorithm u8 | secret 32 | recipient 25
 *       | accountAddress 25 | replaced u8 (0 or 1) | (lock, when replaced is 1)
 * </pre>
 *
 * <p>Reading is strict here too: the algorithm must be known and the recipient must carry its checksum.
 */
public final class SecretLockRecordSerializer extends LockRecordSerializer<SecretLockInfo> {

    /** The serializer. */
    public SecretLockRecordSerializer() {
        super(SecretLockInfo.class, "secret lock");
    }

    @Override
    protected void writeExtendedData(SecretLockInfo lock, BinaryWriter out) {
        out.writeU8(lock.hashAlgorithm().code());
        out.writeBytes(lock.secret().bytes());
        out.writeBytes(lock.recipient().bytes());
    }

    @Override
    protected Completion<SecretLockInfo> readExtendedData(BinaryReader in) {
        int algorithmCode = in.readU8("hashAlgorithm");
        LockHashAlgorithm algorithm = LockHashAlgorithm.fromCode(algorithmCode)
                .orElseThrow(() -> new DecodeException("hash algorithm " + algorithmCode + " is unknown"));
        Hash256 secret = Hash256.of(in.readBytes(Hash256.SIZE, "secret"));
        Address recipient = readAddress(in, "recipient");
        return (fields, replaced) -> new SecretLockInfo(fields.account(), fields.accountAddress(), fields.mosaicId(),
                fields.amount(), fields.height(), fields.status(), algorithm, secret, recipient, replaced);
    }
}
