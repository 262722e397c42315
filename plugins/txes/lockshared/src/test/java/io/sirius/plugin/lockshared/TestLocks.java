package io.sirius.plugin.lockshared;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.KeyCodec;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.lockshared.state.LockCacheLayout;
import io.sirius.plugin.lockshared.state.LockInfo;
import io.sirius.plugin.lockshared.state.LockRecord;
import io.sirius.plugin.lockshared.state.LockRecordSerializer;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lock family made up for the shared code's tests, shaped like the real ones: a lock adds its key and a small tag
 * (0 to 2) to the shared fields, and is listed by end height and by owner.
 */
public final class TestLocks {
    /** The SDK vectors' signer. */
    public static final PublicKey OWNER = PublicKey.fromHex("87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69");
    /** Its mijin-test address. */
    public static final Address OWNER_ADDRESS = Address.parse("SA2KVUXWLON4BTOHCXFAZY4L7S3HCKQZVE6VRLNF");
    /** Another account. */
    public static final PublicKey OTHER = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** The currency mosaic of the devnet. */
    public static final MosaicId CURRENCY = new MosaicId(0x0DC67FBE1CAD29E3L);
    /** The cache. */
    public static final CacheDescriptor<TestKey, LockRecord> DESCRIPTOR =
            new CacheDescriptor<>("test_lock_info", 90, new TestKeyCodec(), new TestLockSerializer());
    /** Its layout. */
    public static final LockCacheLayout<TestKey, TestLock> LAYOUT = new LockCacheLayout<>(DESCRIPTOR, TestLock.class,
            TestKey.Lock.class, TestKey.Lock::new, TestKey.Expiry::new,
            lock -> List.of(new TestKey.Expiry(lock.height()), new TestKey.Owner(lock.account())));

    private TestLocks() {
    }

    /**
     * A test lock.
     *
     * @param account the owner
     * @param accountAddress the owner's address
     * @param mosaicId the mosaic
     * @param amount the amount
     * @param height the end height
     * @param status the status
     * @param key its key
     * @param tag its own small field, 0 to 2
     * @param replaced the lock it replaced
     */
    public record TestLock(PublicKey account, Address accountAddress, MosaicId mosaicId, Amount amount, Height height,
            LockStatus status, Hash256 key, int tag, Optional<TestLock> replaced) implements LockInfo<TestLock> {

        /** Checks the family's own rules. */
        public TestLock {
            Objects.requireNonNull(replaced, "replaced");
            if (tag < 0 || tag > 2) {
                throw new IllegalArgumentException("tag " + tag + " is not 0 to 2");
            }
            if (replaced.isPresent() && !replaced.get().key().equals(key)) {
                throw new IllegalArgumentException("a lock can only replace a lock of its own key");
            }
        }

        @Override
        public TestLock withStatus(LockStatus changed) {
            return new TestLock(account, accountAddress, mosaicId, amount, height, changed, key, tag, replaced);
        }
    }

    /** A key of the test cache. */
    public sealed interface TestKey {
        /** @param key a lock's key */
        record Lock(Hash256 key) implements TestKey {
        }

        /** @param height an end height */
        record Expiry(Height height) implements TestKey {
        }

        /** @param owner an owner */
        record Owner(PublicKey owner) implements TestKey {
        }
    }

    /** A kind byte (0 lock, 1 expiry, 2 owner), then the field. */
    static final class TestKeyCodec implements KeyCodec<TestKey> {
        @Override
        public byte[] encode(TestKey key) {
            ByteBuffer out = ByteBuffer.allocate(33);
            if (key instanceof TestKey.Lock lock) {
                out.put((byte) 0).put(lock.key().bytes());
            } else if (key instanceof TestKey.Expiry expiry) {
                out.put((byte) 1).putLong(expiry.height().value());
            } else {
                out.put((byte) 2).put(((TestKey.Owner) key).owner().bytes());
            }
            return Arrays.copyOf(out.array(), out.position());
        }

        @Override
        public TestKey decode(byte[] bytes) {
            return switch (bytes[0]) {
                case 0 -> new TestKey.Lock(Hash256.of(bytes, 1));
                case 1 -> new TestKey.Expiry(new Height(ByteBuffer.wrap(bytes, 1, 8).getLong()));
                default -> new TestKey.Owner(PublicKey.of(bytes, 1));
            };
        }
    }

    /** The shared rows, the test lock adding {@code key 32 | tag u8}. */
    public static final class TestLockSerializer extends LockRecordSerializer<TestLock> {
        /** The serializer. */
        public TestLockSerializer() {
            super(TestLock.class, "test lock");
        }

        @Override
        protected void writeExtendedData(TestLock lock, BinaryWriter out) {
            out.writeBytes(lock.key().bytes());
            out.writeU8(lock.tag());
        }

        @Override
        protected Completion<TestLock> readExtendedData(BinaryReader in) {
            Hash256 key = Hash256.of(in.readBytes(Hash256.SIZE, "key"));
            int tag = in.readU8("tag");
            if (tag == 0xFF) {
                throw new DecodeException("tag 255 is refused while reading");
            }
            return (fields, replaced) -> new TestLock(fields.account(), fields.accountAddress(), fields.mosaicId(),
                    fields.amount(), fields.height(), fields.status(), key, tag, replaced);
        }
    }

    /** @return a state holding the test cache and the AccountState cache, empty */
    public static InMemoryState state() {
        return InMemoryState.of(DESCRIPTOR, AccountStateCache.DESCRIPTOR);
    }

    /**
     * @param key the key
     * @param owner the owner
     * @param height the end height
     * @param status the status
     * @return a lock of 10 currency units with tag 1, replacing nothing
     */
    public static TestLock lock(Hash256 key, PublicKey owner, long height, LockStatus status) {
        return new TestLock(owner, Addresses.of(owner, NetworkType.MIJIN_TEST), CURRENCY, new Amount(10), new Height(height),
                status, key, 1, Optional.empty());
    }

    /** @return the lock of key 1 by OWNER, ending at 100, unused */
    public static TestLock lock() {
        return lock(hash(1), OWNER, 100, LockStatus.UNUSED);
    }

    /**
     * @param old a pruned lock
     * @param owner the new owner
     * @param height the new end height
     * @return an unused lock of the same key that replaces it
     */
    public static TestLock replacing(TestLock old, PublicKey owner, long height) {
        TestLock fresh = lock(old.key(), owner, height, LockStatus.UNUSED);
        return new TestLock(fresh.account(), fresh.accountAddress(), fresh.mosaicId(), fresh.amount(), fresh.height(),
                fresh.status(), fresh.key(), fresh.tag(), Optional.of(old));
    }

    /**
     * @param n a small number
     * @return a hash made of that byte
     */
    public static Hash256 hash(int n) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) n);
        return Hash256.of(bytes);
    }
}
