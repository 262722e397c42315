package io.sirius.plugin.locksecret.internal;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.locksecret.internal.config.SecretLockConfig;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.state.SecretLockCache;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Map;
import java.util.Optional;

/** Shared values of the locksecret tests; the keys and the proof are those of the SDK vectors. */
public final class Fixtures {
    /** The SDK vectors' signer (private key 2A91E1D5...8C9D). */
    public static final PublicKey OWNER = PublicKey.fromHex("87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69");
    /** Its mijin-test address. */
    public static final Address OWNER_ADDRESS = Address.parse("SA2KVUXWLON4BTOHCXFAZY4L7S3HCKQZVE6VRLNF");
    /** Another account. */
    public static final PublicKey OTHER = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** The SDK vectors' recipient: OTHER's mijin-test address. */
    public static final Address RECIPIENT = Address.parse("SARNASAS2BIAB6LMFA3FPMGBPGIJGK6IJETM3ZSP");
    /** The proof of the SDK vectors: bytes 0x00 to 0x13. */
    public static final byte[] PROOF = Hex.decode("000102030405060708090A0B0C0D0E0F10111213");
    /** SHA3-256 of the proof (computed with @noble/hashes). */
    public static final Hash256 SHA3_SECRET =
            Hash256.fromHex("DB32380ABE23EF51F0547AC0FC4D095A2A16445A00FD8CE2E52628E189BA562D");
    /** SHA3-256(SHA3_SECRET | RECIPIENT), the composite hash of a SHA3 lock for RECIPIENT (@noble/hashes). */
    public static final Hash256 COMPOSITE =
            Hash256.fromHex("082BB23CA288FC7816DD216544C8141745265F671283C15BDA01FA7C11EA37AA");
    /** The currency mosaic. */
    public static final MosaicId CURRENCY = ContextBuilder.DEV_CURRENCY_MOSAIC_ID;
    /** The locksecret section the tests use: 1d at 1h blocks is 24 blocks, proofs of 10 to 30 bytes. */
    public static final Map<String, String> CONFIG = Map.of("maxSecretLockDuration", "1d", "minProofSize", "10",
            "maxProofSize", "30");
    /** The {@code [chain]} values the tests use: 1h blocks, locks pruned 5 blocks after they end. */
    public static final Map<String, String> CHAIN = Map.of("blockGenerationTargetTime", "1h", "maxRollbackBlocks", "5");

    private Fixtures() {
    }

    /** @return a state holding the SecretLockInfo and AccountState caches, empty */
    public static InMemoryState state() {
        return InMemoryState.of(SecretLockCache.DESCRIPTOR, AccountStateCache.DESCRIPTOR);
    }

    /**
     * @param height the height
     * @param state the state
     * @return a context builder with the section and the chain values
     */
    public static ContextBuilder context(long height, InMemoryState state) {
        return ContextBuilder.context().height(height).state(state).config(SecretLockConfig.SECTION, CONFIG)
                .chainConfig(CHAIN);
    }

    /**
     * @param secret the secret
     * @param recipient the recipient
     * @param owner the owner
     * @param height the end height
     * @param status the status
     * @return an unused SHA3 lock of 10 currency units, replacing nothing
     */
    public static SecretLockInfo lock(Hash256 secret, Address recipient, PublicKey owner, long height, LockStatus status) {
        return new SecretLockInfo(owner, io.sirius.crypto.Addresses.of(owner, io.sirius.api.model.NetworkType.MIJIN_TEST),
                CURRENCY, new Amount(10), new Height(height), status, LockHashAlgorithm.SHA3_256, secret, recipient,
                Optional.empty());
    }

    /** @return the SHA3 lock of the SDK vectors' secret for RECIPIENT, by OWNER, ending at 100, unused */
    public static SecretLockInfo lock() {
        return lock(SHA3_SECRET, RECIPIENT, OWNER, 100, LockStatus.UNUSED);
    }

    /**
     * @param n a small number
     * @return a secret made of that byte
     */
    public static Hash256 secret(int n) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) n);
        return Hash256.of(bytes);
    }
}
