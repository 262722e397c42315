package io.sirius.state.internal;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.EntrySerializer;
import io.sirius.api.state.KeyCodec;
import java.nio.charset.StandardCharsets;

/**
 * A test cache: accounts by number, with a serializer in two versions.
 */
final class Accounts {
    /** Version 1 writes balance and label; version 2 adds flags. */
    record Account(long balance, String label, int flags) {
    }

    static final KeyCodec<Long> KEYS = new KeyCodec<>() {
        @Override
        public byte[] encode(Long key) {
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (key >>> (56 - 8 * i));
            }
            return b;
        }

        @Override
        public Long decode(byte[] bytes) {
            long v = 0;
            for (byte b : bytes) {
                v = v << 8 | (b & 0xFF);
            }
            return v;
        }
    };

    /** Writes version 1: balance, label. */
    static final class V1 implements EntrySerializer<Account> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(Account entry, BinaryWriter out) {
            byte[] label = entry.label().getBytes(StandardCharsets.UTF_8);
            out.writeI64(entry.balance()).writeU16(label.length).writeBytes(label);
        }

        @Override
        public Account read(BinaryReader in, int version) {
            if (version != 1) {
                throw new DecodeException("version " + version + " is not supported");
            }
            long balance = in.readI64("balance");
            String label = new String(in.readBytes(in.readU16("label size"), "label"), StandardCharsets.UTF_8);
            return new Account(balance, label, 0);
        }
    }

    /** Writes version 2 (balance, label, flags) and still reads version 1. */
    static final class V2 implements EntrySerializer<Account> {
        @Override
        public int version() {
            return 2;
        }

        @Override
        public void write(Account entry, BinaryWriter out) {
            new V1().write(entry, out);
            out.writeI32(entry.flags());
        }

        @Override
        public Account read(BinaryReader in, int version) {
            Account base = new V1().read(in, 1);
            return version == 1 ? base : new Account(base.balance(), base.label(), in.readI32("flags"));
        }
    }

    static final CacheDescriptor<Long, Account> CACHE = new CacheDescriptor<>("account", 1, KEYS, new V1());
    static final CacheDescriptor<Long, Account> CACHE_V2 = new CacheDescriptor<>("account", 1, KEYS, new V2());
    static final CacheDescriptor<Long, Account> OTHER = new CacheDescriptor<>("other", 2, KEYS, new V1());

    private Accounts() {
    }

    static Account account(long balance) {
        return new Account(balance, "a" + balance, 0);
    }
}
