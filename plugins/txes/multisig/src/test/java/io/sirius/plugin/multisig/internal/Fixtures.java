package io.sirius.plugin.multisig.internal;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.multisig.internal.config.AggregateSettings;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts, graphs and contexts for the multisig tests. Account {@code n} has the key {@code n n n ...} (32 bytes) and
 * its mijin-test address.
 */
public final class Fixtures {
    /** Sirius's multisig section (resources/config-network.properties). */
    public static final Map<String, String> MULTISIG = Map.of(
            "maxMultisigDepth", "3",
            "maxCosignersPerAccount", "10",
            "maxCosignedAccountsPerAccount", "1'048'576",
            "newCosignersMustApprove", "true");

    /** Sirius's aggregate section (resources/config-network.properties). */
    public static final Map<String, String> AGGREGATE = Map.of(
            "maxTransactionsPerAggregate", "1'000",
            "maxCosignaturesPerAggregate", "15",
            "enableStrictCosignatureCheck", "false",
            "enableBondedAggregateSupport", "true",
            "maxBondedTransactionLifetime", "48h",
            "strictSigner", "true");
    /** Sirius's transfer section. */
    public static final Map<String, String> TRANSFER = Map.of("maxMessageSize", "1024");

    private Fixtures() {
    }

    /**
     * @param n a small number
     * @return the key of account n
     */
    public static PublicKey key(int n) {
        byte[] bytes = new byte[PublicKey.SIZE];
        Arrays.fill(bytes, (byte) n);
        return PublicKey.of(bytes);
    }

    /**
     * @param key a key
     * @return its mijin-test address, as the testkit's contexts derive it
     */
    public static Address address(PublicKey key) {
        return Addresses.of(key, NetworkType.MIJIN_TEST);
    }

    /**
     * @param overrides keys of the multisig section to change from Sirius's defaults, then values
     * @return a builder with that section and the aggregate section's default strictSigner
     */
    public static ContextBuilder context(String... overrides) {
        Map<String, String> section = new HashMap<>(MULTISIG);
        for (int i = 0; i < overrides.length; i += 2) {
            section.put(overrides[i], overrides[i + 1]);
        }
        return ContextBuilder.context()
                .config(MultisigConfig.SECTION, section)
                .config(AggregateSettings.SECTION, Map.of("strictSigner", "true"));
    }

    /** @return an empty state with the Multisig and AccountState caches */
    public static InMemoryState state() {
        return InMemoryState.of(MultisigCache.DESCRIPTOR, AccountStateCache.DESCRIPTOR);
    }

    /**
     * Builds a consistent multisig graph: links, then minimums.
     */
    public static final class Graph {
        private final Map<Integer, List<Integer>> cosignatories = new LinkedHashMap<>();
        private final Map<Integer, int[]> minimums = new HashMap<>();

        /**
         * @param multisig an account
         * @param approval its approval minimum
         * @param removal its removal minimum
         * @param cosignatoryAccounts its cosignatories
         * @return this graph
         */
        public Graph multisig(int multisig, int approval, int removal, int... cosignatoryAccounts) {
            List<Integer> list = cosignatories.computeIfAbsent(multisig, k -> new ArrayList<>());
            Arrays.stream(cosignatoryAccounts).forEach(list::add);
            minimums.put(multisig, new int[] {approval, removal});
            return this;
        }

        /**
         * Sets an account's minimums whatever its links (an account that lost its last cosignatory keeps its
         * minimums until the settings observer changes them).
         *
         * @param account an account of the graph
         * @param approval its approval minimum
         * @param removal its removal minimum
         * @return this graph
         */
        public Graph minimums(int account, int approval, int removal) {
            minimums.put(account, new int[] {approval, removal});
            return this;
        }

        /** @return the entries, both sides of every link */
        public List<MultisigEntry> entries() {
            Map<Integer, MultisigEntry> entries = new LinkedHashMap<>();
            cosignatories.forEach((multisig, list) -> {
                MultisigEntry entry = entries.computeIfAbsent(multisig, Graph::empty);
                for (int cosignatory : list) {
                    entry = entry.withCosignatory(key(cosignatory));
                    entries.put(cosignatory, entries.computeIfAbsent(cosignatory, Graph::empty)
                            .withMultisigAccount(key(multisig)));
                }
                entries.put(multisig, entry);
            });
            minimums.forEach((account, min) -> entries.put(account,
                    entries.computeIfAbsent(account, Graph::empty).withMinimums(min[0], min[1])));
            return new ArrayList<>(entries.values());
        }

        /**
         * @param state a state
         * @return the state, holding the graph
         */
        public InMemoryState into(InMemoryState state) {
            entries().forEach(e -> state.cache(MultisigCache.DESCRIPTOR).put(e.account(), e));
            return state;
        }

        /** @return a new state holding the graph */
        public InMemoryState state() {
            return into(Fixtures.state());
        }

        private static MultisigEntry empty(int n) {
            return MultisigEntry.empty(key(n), address(key(n)));
        }
    }

    /** @return an empty graph */
    public static Graph graph() {
        return new Graph();
    }
}
