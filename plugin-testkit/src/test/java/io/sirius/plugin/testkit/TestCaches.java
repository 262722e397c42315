package io.sirius.plugin.testkit;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.EntrySerializer;
import io.sirius.api.state.KeyCodec;
import java.nio.charset.StandardCharsets;

/** Small caches for the testkit's own tests: keys are longs, entries a number and a name. */
final class TestCaches {
    /** A cache whose codecs are right. */
    static final CacheDescriptor<Long, Item> GOOD = new CacheDescriptor<>("good", 40, new LongKeys(), new Items());

    private TestCaches() {
    }

    /** An entry. */
    record Item(long number, String name) {
    }

    /** Longs as 8 big-endian bytes. */
    static final class LongKeys implements KeyCodec<Long> {
        @Override
        public byte[] encode(Long key) {
            byte[] out = new byte[8];
            for (int i = 0; i < 8; i++) {
                out[i] = (byte) (key >>> (56 - 8 * i));
            }
            return out;
        }

        @Override
        public Long decode(byte[] bytes) {
            long value = 0;
            for (byte b : bytes) {
                value = value << 8 | (b & 0xFF);
            }
            return value;
        }
    }

    /** Version 2: number u64, name size u16, name. */
    static class Items implements EntrySerializer<Item> {
        @Override
        public int version() {
            return 2;
        }

        @Override
        public void write(Item entry, BinaryWriter out) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            out.writeI64(entry.number()).writeU16(name.length).writeBytes(name);
        }

        @Override
        public Item read(BinaryReader in, int version) {
            if (version != 2) {
                throw new DecodeException("item version " + version);
            }
            long number = in.readI64("number");
            return new Item(number, new String(in.readBytes(in.readU16("name size"), "name"), StandardCharsets.UTF_8));
        }
    }
}
