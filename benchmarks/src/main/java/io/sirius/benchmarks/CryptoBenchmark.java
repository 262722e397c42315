package io.sirius.benchmarks;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.Hashes;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signatures and hashes per second: our Ed25519 in the SHA3-512 (Sirius v1) and SHA-512 schemes against
 * BouncyCastle's own {@code org.bouncycastle.math.ec.rfc8032.Ed25519} (SHA-512 only), on a 179-byte
 * message (the size of a signed transfer's signing bytes plus a little). Run with {@code -t 1} and
 * {@code -t 2}; the {@link Ed25519} instance and its key cache are shared by the threads, as in a node.
 *
 * <p>{@code oursSha3VerifyColdKey} alternates between two keys on a per-thread one-key cache, so every
 * verification pays the public-key check (decoding, subgroup check, tables): the cost of a signer seen for
 * the first time. One of its operations is two verifications.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class CryptoBenchmark {
    private static final int MESSAGE_SIZE = 179;

    private final Ed25519 ed25519 = new Ed25519();
    private byte[] message;
    private KeyPair sha3;
    private KeyPair sha2;
    private KeyPair sha3Other;
    private Signature sha3Signature;
    private Signature sha3OtherSignature;
    private Signature sha2Signature;
    private byte[] bcSecret;
    private byte[] bcPublic;
    private byte[] bcSignature;
    private byte[] transaction;
    private Hash256 generationHash;

    /** Keys, message and signatures, fixed by a seed. */
    @Setup
    public void setUp() {
        Random random = new Random(2024);
        message = new byte[MESSAGE_SIZE];
        random.nextBytes(message);
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        sha3 = KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA3);
        sha2 = KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA2);
        byte[] otherSeed = new byte[32];
        random.nextBytes(otherSeed);
        sha3Other = KeyPair.of(PrivateKey.of(otherSeed), DerivationScheme.ED25519_SHA3);
        sha3Signature = ed25519.sign(sha3, message);
        sha3OtherSignature = ed25519.sign(sha3Other, message);
        sha2Signature = ed25519.sign(sha2, message);
        bcSecret = seed.clone();
        bcPublic = new byte[32];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(bcSecret, 0, bcPublic, 0);
        bcSignature = new byte[64];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(bcSecret, 0, bcPublic, 0, message, 0, message.length, bcSignature, 0);
        transaction = new byte[179];
        random.nextBytes(transaction);
        transaction[104] = 0x54;
        transaction[105] = 0x41;
        generationHash = Hash256.of(new byte[32]);
        if (!ed25519.verify(sha3.publicKey(), DerivationScheme.ED25519_SHA3, message, sha3Signature)
                || !org.bouncycastle.math.ec.rfc8032.Ed25519.verify(bcSignature, 0, bcPublic, 0, message, 0, message.length)) {
            throw new IllegalStateException("the benchmark's signatures do not verify");
        }
    }

    /** @return our SHA3-512 signature */
    @Benchmark
    public Signature oursSha3Sign() {
        return ed25519.sign(sha3, message);
    }

    /** @return our SHA3-512 verification, key already checked (the common case) */
    @Benchmark
    public boolean oursSha3Verify() {
        return ed25519.verify(sha3.publicKey(), DerivationScheme.ED25519_SHA3, message, sha3Signature);
    }

    /** A one-key cache per thread: alternating two keys on it makes every verification a cache miss. */
    @State(Scope.Thread)
    public static class ColdCache {
        final Ed25519 oneKey = new Ed25519(1);
    }

    /**
     * @param cold this thread's one-key cache
     * @return two SHA3-512 verifications of keys not in the cache (one operation = two verifications)
     */
    @Benchmark
    public boolean oursSha3VerifyColdKey(ColdCache cold) {
        boolean a = cold.oneKey.verify(sha3.publicKey(), DerivationScheme.ED25519_SHA3, message, sha3Signature);
        boolean b = cold.oneKey.verify(sha3Other.publicKey(), DerivationScheme.ED25519_SHA3, message, sha3OtherSignature);
        return a & b;
    }

    /** @return our SHA-512 signature */
    @Benchmark
    public Signature oursSha2Sign() {
        return ed25519.sign(sha2, message);
    }

    /** @return our SHA-512 verification */
    @Benchmark
    public boolean oursSha2Verify() {
        return ed25519.verify(sha2.publicKey(), DerivationScheme.ED25519_SHA2, message, sha2Signature);
    }

    /** @return BouncyCastle's SHA-512 signature */
    @Benchmark
    public byte[] bcSign() {
        byte[] out = new byte[64];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(bcSecret, 0, bcPublic, 0, message, 0, message.length, out, 0);
        return out;
    }

    /** @return BouncyCastle's SHA-512 verification */
    @Benchmark
    public boolean bcVerify() {
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(bcSignature, 0, bcPublic, 0, message, 0, message.length);
    }

    /** @return SHA3-256 of the message */
    @Benchmark
    public byte[] sha3_256() {
        return Hashes.sha3_256(message);
    }

    /** @return the Sirius transaction hash of a 179-byte transfer */
    @Benchmark
    public Hash256 transactionHash() {
        return EntityHasher.transactionHash(transaction, generationHash);
    }

    /** @return a public key derivation (SHA3 scheme) */
    @Benchmark
    public PublicKey oursSha3KeyDerivation() {
        return KeyPair.of(sha3.privateKey(), DerivationScheme.ED25519_SHA3).publicKey();
    }
}
