package io.sirius.benchmarks.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.state.EntrySerializer;
import io.sirius.api.state.KeyCodec;

/**
 * A stand-in for the kernel's account state, sized like it: a 25-byte address, a 32-byte public key, the height
 * it became known and two mosaic balances (99 bytes in all).
 */
final class AccountStateSerializer implements EntrySerializer<AccountStateSerializer.Account> {

    /** An account. */
    record Account(byte[] address, byte[] publicKey, long height, long[] mosaics) {
    }

    /** 25-byte address keys. */
    static final KeyCodec<byte[]> KEYS = new KeyCodec<>() {
        @Override
        public byte[] encode(byte[] key) {
            return key;
        }

        @Override
        public byte[] decode(byte[] bytes) {
            return bytes;
        }
    };

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void write(Account entry, BinaryWriter out) {
        out.writeBytes(entry.address()).writeBytes(entry.publicKey()).writeI64(entry.height());
        out.writeU16(entry.mosaics().length / 2);
        for (long value : entry.mosaics()) {
            out.writeI64(value);
        }
    }

    @Override
    public Account read(BinaryReader in, int version) {
        byte[] address = in.readBytes(25, "address");
        byte[] publicKey = in.readBytes(32, "public key");
        long height = in.readI64("height");
        long[] mosaics = new long[2 * in.readU16("mosaic count")];
        for (int i = 0; i < mosaics.length; i++) {
            mosaics[i] = in.readI64("mosaic");
        }
        return new Account(address, publicKey, height, mosaics);
    }
}
