package io.sirius.benchmarks;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.devnet.TransferPayloads;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signature-verify ceiling every figure of {@code run.sh} is compared with: signed transfers verified per second
 * on {@code threads} threads (2), each a whole transaction as the node checks it (signing bytes taken from the
 * payload, Ed25519 over SHA3-512 with the node's cache of checked public keys, warm, as it is for recurring senders).
 * No node can confirm transfers faster than it can verify their signatures once; the pipeline and the node verify
 * each one at least once.
 *
 * <p>Settings (system properties): {@code threads} (2), {@code seconds} (5, after 2 s of warm-up), {@code senders}
 * (1,000), {@code out} (a properties file getting {@code verify_ceiling}).
 */
public final class VerifyCeiling {
    private VerifyCeiling() {
    }

    /**
     * @param args none; settings are system properties
     */
    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("threads", 2);
        double seconds = Double.parseDouble(System.getProperty("seconds", "5"));
        int senders = Integer.getInteger("senders", 1_000);
        double rate = measure(threads, seconds, senders);
        System.out.printf(Locale.ROOT, "verify ceiling: %,.0f transfers/s on %d threads (%d senders, %.0f s)%n", rate,
                threads, senders, seconds);
        Results results = new Results();
        results.put("verify_ceiling", rate);
        results.writeIfAsked();
    }

    /**
     * @param threads verifying threads
     * @param seconds how long to measure, after 2 s of warm-up
     * @param senders distinct signers of the transfers
     * @return verified transfers per second
     */
    public static double measure(int threads, double seconds, int senders) throws InterruptedException {
        Random random = new Random(26);
        EntitySigner signer = new EntitySigner(new Ed25519());
        byte[] hashSeed = new byte[32];
        random.nextBytes(hashSeed);
        Hash256 generationHash = Hash256.of(hashSeed);
        NetworkType network = NetworkType.MIJIN_TEST;
        MosaicId currency = new MosaicId(0x3999B14CDD0D36F0L);
        KeyPair[] keys = new KeyPair[senders];
        for (int i = 0; i < senders; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            keys[i] = KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA3);
        }
        int count = 8 * senders;
        byte[][] payloads = new byte[count][];
        for (int i = 0; i < count; i++) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            Address to = Addresses.of(PublicKey.of(key), network);
            payloads[i] = TransferPayloads.transfer(network, keys[i % senders], to, currency, new Amount(1 + i), new byte[0],
                    0, new Timestamp(1L << 40), generationHash, signer);
        }
        AtomicLong done = new AtomicLong();
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        long end = warmUntil + (long) (seconds * 1e9);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> {
                long verified = 0;
                int i = first;
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        break;
                    }
                    if (!signer.verifyTransaction(payloads[i], generationHash)) {
                        throw new IllegalStateException("a signed transfer does not verify");
                    }
                    if (now >= warmUntil) {
                        verified++;
                    }
                    i = (i + threads) % count;
                }
                done.addAndGet(verified);
            }, "verify-ceiling-" + t);
            workers[t].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        return done.get() / seconds;
    }
}
