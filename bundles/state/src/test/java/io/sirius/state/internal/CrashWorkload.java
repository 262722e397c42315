package io.sirius.state.internal;

import static io.sirius.state.internal.Accounts.CACHE;
import static io.sirius.state.internal.Accounts.OTHER;

import io.sirius.api.state.CacheDelta;
import io.sirius.state.BlockStore;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.internal.tree.MerkleRules;
import io.sirius.state.internal.tree.PatriciaTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deterministic work of the crash tests: what the commit (or block) at each height contains, a model of the
 * state after any height, and the main method of the child JVM that writes in a loop until it is killed.
 */
final class CrashWorkload {
    static final int KEYS = 600;

    /** The model of the state after a height. */
    static final class Model {
        final Map<Long, Accounts.Account> accounts = new HashMap<>();
        final Map<Long, Accounts.Account> other = new HashMap<>();
        final TreeMap<String, String> index = new TreeMap<>();
        String tip;
    }

    private CrashWorkload() {
    }

    static String indexKey(long height) {
        return String.format("h%012d", height);
    }

    /** Applies the changes of one height to a delta. */
    static void apply(long height, StateChanges delta) {
        CacheDelta<Long, Accounts.Account> accounts = delta.cache(CACHE);
        for (int i = 0; i < 40; i++) {
            long key = (height * 37 + i * 13) % KEYS;
            if ((height + i) % 5 == 0) {
                accounts.remove(key);
            } else {
                accounts.put(key, Accounts.account(height * 1000 + i));
            }
        }
        delta.cache(OTHER).put(height % 50, Accounts.account(height));
        delta.index("tx").put(bytes(indexKey(height)), bytes("v" + height));
        if (height % 4 == 0) {
            delta.index("tx").remove(bytes(indexKey(height - 3)));
        }
        delta.putMeta("tip", bytes("tip-" + height));
    }

    /** @return the model after every height up to {@code height} */
    static Model model(long height) {
        Model model = new Model();
        for (long h = 1; h <= height; h++) {
            for (int i = 0; i < 40; i++) {
                long key = (h * 37 + i * 13) % KEYS;
                if ((h + i) % 5 == 0) {
                    model.accounts.remove(key);
                } else {
                    model.accounts.put(key, Accounts.account(h * 1000 + i));
                }
            }
            model.other.put(h % 50, Accounts.account(h));
            model.index.put(indexKey(h), "v" + h);
            if (h % 4 == 0) {
                model.index.remove(indexKey(h - 3));
            }
            model.tip = "tip-" + h;
        }
        return model;
    }

    /** @return the Merkle root the model's accounts must have */
    static byte[] root(Map<Long, Accounts.Account> entries) {
        byte[][] leaves = entries.entrySet().stream().map(e -> {
            byte[] key = Accounts.KEYS.encode(e.getKey());
            byte[] keyHash = MerkleRules.keyHash(key);
            return EntryRecord.leaf(keyHash, EntryRecord.encode(keyHash, e.getValue(), new Accounts.V1()), "t");
        }).toArray(byte[][]::new);
        return PatriciaTree.build(leaves, "model").rootHash();
    }

    /** @return the block stored at a height */
    static byte[] block(long height) {
        byte[] block = new byte[100 + (int) (height * 7919 % 20_000)];
        Arrays.fill(block, (byte) height);
        block[0] = (byte) (height >>> 8);
        return block;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The child JVM: {@code state <dir>} commits heights, {@code blocks <dir>} appends blocks, printing each
     * height once it is durable, until killed.
     *
     * @param args the mode and the directory
     * @throws IOException if the store cannot be opened
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        MapDbStateStoreFactory factory = new MapDbStateStoreFactory(new StoreOptions(1000, 256 << 10, 64 << 10, 2));
        if (args[0].equals("state")) {
            StateStore store = factory.openState(dir);
            for (long height = store.height() + 1; ; height++) {
                StateChanges delta = store.begin();
                apply(height, delta);
                store.commit(delta, height);
                System.out.println("done " + height);
                System.out.flush();
            }
        }
        BlockStore blocks = factory.openBlocks(dir);
        for (long height = blocks.height() + 1; ; height++) {
            blocks.append(height, block(height), bytes("extra-" + height));
            System.out.println("done " + height);
            System.out.flush();
        }
    }
}
