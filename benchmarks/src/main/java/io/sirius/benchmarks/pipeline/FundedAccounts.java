package io.sirius.benchmarks.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A devnet data directory holding many funded accounts, made the way a node would make it: real signed transfers to
 * fresh addresses in blocks of {@code blockSize}, validated (signatures included), executed and committed by the
 * kernel on the real stores. The directory has the node's layout ({@code network/}, {@code state/},
 * {@code blocks/}, {@code devnet/} with the harvester's and the funded accounts' keys), so a node of the distribution
 * opens it as its own chain.
 */
public final class FundedAccounts {
    private FundedAccounts() {
    }

    /**
     * @param directory an empty directory, to become a node's {@code data/sirius}
     * @param accounts how many accounts to fund (beyond the devnet's own)
     * @param blockSize transfers per block
     * @return the chain's height
     */
    public static long create(Path directory, int accounts, int blockSize) throws Exception {
        Random random = new Random(1_000_000);
        List<KeyPair> senders = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            senders.add(KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA3));
        }
        long start = System.nanoTime();
        try (BenchChain chain = BenchChain.create(Files.createDirectories(directory), 2,
                senders.stream().map(KeyPair::publicKey).toList(), 1_000)) {
            int done = 0;
            while (done < accounts) {
                int count = Math.min(blockSize, accounts - done);
                byte[][] payloads = new byte[count][];
                Address[] recipients = new Address[count];
                for (int i = 0; i < count; i++) {
                    byte[] hash = new byte[20];
                    random.nextBytes(hash);
                    recipients[i] = Address.fromPublicKeyHash(chain.identity.network(), hash);
                }
                AtomicInteger next = new AtomicInteger();
                int offset = done;
                Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
                for (int t = 0; t < threads.length; t++) {
                    threads[t] = new Thread(() -> {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            payloads[i] = chain.transfer(senders.get((offset + i) % senders.size()), recipients[i], 1);
                        }
                    }, "sign-" + t);
                    threads[t].start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                List<ParsedTransaction> parsed = new ArrayList<>(count);
                for (byte[] payload : payloads) {
                    parsed.add(chain.parse(payload));
                }
                BlockProcessor.Built built = chain.harvestParsed(parsed);
                if (built.block().transactions().size() != count) {
                    throw new IllegalStateException(built.dropped().size() + " transfers were dropped: "
                            + built.dropped().get(0).rejection().detail());
                }
                done += count;
                System.out.printf(Locale.ROOT, "  %,d accounts funded (block %d), %.0f s%n", done,
                        built.block().tip().height(), (System.nanoTime() - start) / 1e9);
            }
            return chain.chain.tip().height();
        }
    }
}
