package io.sirius.plugin.lockhash.internal;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.lockhash.internal.config.HashLockConfig;
import io.sirius.plugin.lockhash.state.HashLockCache;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Shared values of the lockhash tests; the signer and the aggregate hash are those of the SDK vector. */
public final class Fixtures {
    /** The SDK vector's signer (private key 2A91E1D5...8C9D). */
    public static final PublicKey OWNER = PublicKey.fromHex("87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69");
    /** Its mijin-test address. */
    public static final Address OWNER_ADDRESS = Address.parse("SA2KVUXWLON4BTOHCXFAZY4L7S3HCKQZVE6VRLNF");
    /** Another account (a harvester, in expiry tests). */
    public static final PublicKey OTHER = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** The bonded aggregate hash of the SDK vector. */
    public static final Hash256 AGGREGATE =
            Hash256.fromHex("C54B1D3A0B6D8E0F1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7081");
    /** The currency mosaic. */
    public static final MosaicId CURRENCY = ContextBuilder.DEV_CURRENCY_MOSAIC_ID;
    /** The lockhash section the tests use: 10 XPX per aggregate, 1d at 1h blocks is 24 blocks. */
    public static final Map<String, String> CONFIG = Map.of("lockedFundsPerAggregate", "10'000'000",
            "maxHashLockDuration", "1d");
    /** The {@code [chain]} values the tests use: 1h blocks, locks pruned 5 blocks after they end. */
    public static final Map<String, String> CHAIN = Map.of("blockGenerationTargetTime", "1h", "maxRollbackBlocks", "5");

    private Fixtures() {
    }

    /** @return a state holding the HashLockInfo and AccountState caches, empty */
    public static InMemoryState state() {
        return InMemoryState.of(HashLockCache.DESCRIPTOR, AccountStateCache.DESCRIPTOR);
    }

    /**
     * @param height the height
     * @param state the state
     * @return a context builder with the section and the chain values
     */
    public static ContextBuilder context(long height, InMemoryState state) {
        return ContextBuilder.context().height(height).state(state).config(HashLockConfig.SECTION, CONFIG).chainConfig(CHAIN);
    }

    /**
     * @param hash the aggregate hash
     * @param owner the owner
     * @param height the end height
     * @param status the status
     * @return a lock of 10 XPX, replacing nothing
     */
    public static HashLockInfo lock(Hash256 hash, PublicKey owner, long height, LockStatus status) {
        return new HashLockInfo(owner, Addresses.of(owner, NetworkType.MIJIN_TEST), CURRENCY, new Amount(10_000_000),
                new Height(height), status, hash, Optional.empty());
    }

    /** @return the lock of the SDK vector's aggregate by OWNER, ending at 100, unused */
    public static HashLockInfo lock() {
        return lock(AGGREGATE, OWNER, 100, LockStatus.UNUSED);
    }

    /**
     * @param old a pruned lock
     * @param owner the new owner
     * @param height the new end height
     * @return an unused lock of the same hash that replaces it
     */
    public static HashLockInfo replacing(HashLockInfo old, PublicKey owner, long height) {
        HashLockInfo fresh = lock(old.hash(), owner, height, LockStatus.UNUSED);
        return new HashLockInfo(fresh.account(), fresh.accountAddress(), fresh.mosaicId(), fresh.amount(), fresh.height(),
                fresh.status(), fresh.hash(), Optional.of(old));
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
