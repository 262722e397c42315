package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.entity.Block;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.chain.TransactionPage;
import io.sirius.kernel.chain.TransactionQuery;
import io.sirius.kernel.chain.TransactionQuery.Role;
import io.sirius.kernel.chain.TransactionRecord;
import io.sirius.kernel.internal.core.TransactionHashes;
import io.sirius.kernel.internal.history.HistorySearch;
import io.sirius.kernel.internal.history.TransactionCounts;
import io.sirius.kernel.internal.history.TransactionIndex;
import io.sirius.state.StateChanges;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transaction history REST searches, on a real chain: what the index records per block, how searches page and
 * filter, and that rollback and pruning leave it exact.
 */
class HistoryTest {
    private static final EntityType TRANSFER = new EntityType(0x4154);

    @TempDir
    Path directory;

    /**
     * Alice sends to Bob, a new account, in blocks 2, 3 and 4; Bob sends some back in block 3, after her transfer.
     * Bob's whole history is these four transactions.
     */
    private record Story(TestNetwork network, Address alice, Address bob, List<Hash256> aliceToBob, Hash256 bobToAlice) {
    }

    private static Story story(TestNetwork network) throws Exception {
        KeyPair alice = network.funded.get(0);
        KeyPair bob = KeyPair.generate(new SecureRandom(), DerivationScheme.ED25519_SHA3);
        List<Hash256> aliceToBob = new ArrayList<>();
        Hash256 bobToAlice = null;
        for (int block = 0; block < 3; block++) {
            byte[] payload = network.transfer(alice, network.address(bob), 100 + block, 0);
            aliceToBob.add(EntityHasher.transactionHash(payload, network.identity.generationHash()));
            assertTrue(network.pool.submit(payload).accepted());
            if (block == 1) {
                byte[] back = network.transfer(bob, network.address(alice), 5, 0);
                bobToAlice = EntityHasher.transactionHash(back, network.identity.generationHash());
                assertTrue(network.pool.submit(back).accepted());
            }
            network.harvest();
        }
        return new Story(network, network.address(alice), network.address(bob), aliceToBob, bobToAlice);
    }

    private static HistorySearch search(TestNetwork network) {
        return new HistorySearch(network.chain.state().view(), network.chain::block, network.identity.generationHash());
    }

    private static TransactionQuery query(Optional<Address> account, Role role, boolean descending, int pageSize, int page) {
        return new TransactionQuery("confirmed", account, role, Set.of(), 1, Long.MAX_VALUE, descending, pageSize, page);
    }

    private static List<Hash256> hashes(TransactionPage page) {
        return page.data().stream().map(TransactionRecord::hash).toList();
    }

    @Test
    void findsEachTransactionWithItsPlaceAndBytes() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            Story story = story(network);

            // Act
            TransactionRecord second = search(network).find(story.aliceToBob().get(1)).orElseThrow();
            TransactionRecord back = search(network).find(story.bobToAlice()).orElseThrow();

            // Assert
            assertEquals(3, second.height());
            assertEquals(0, second.index());
            assertEquals(story.aliceToBob().get(1), EntityHasher.transactionHash(second.payload(), network.identity.generationHash()));
            assertEquals(second.hash(), second.merkleComponentHash());
            assertEquals(3, back.height());
            assertEquals(1, back.index());
            assertTrue(search(network).find(Hash256.ZERO).isEmpty());
        }
    }

    @Test
    void anAccountsTransactionsPageByRoleInEitherOrder() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            Story story = story(network);
            List<Hash256> all = List.of(story.aliceToBob().get(0), story.aliceToBob().get(1), story.bobToAlice(),
                    story.aliceToBob().get(2));

            // Act
            TransactionPage ascending = search(network).confirmed(query(Optional.of(story.bob()), Role.ANY, false, 3, 1));
            TransactionPage ascendingNext = search(network).confirmed(query(Optional.of(story.bob()), Role.ANY, false, 3, 2));
            TransactionPage descending = search(network).confirmed(query(Optional.of(story.bob()), Role.ANY, true, 3, 1));
            TransactionPage descendingNext = search(network).confirmed(query(Optional.of(story.bob()), Role.ANY, true, 3, 2));
            TransactionPage beyond = search(network).confirmed(query(Optional.of(story.bob()), Role.ANY, true, 3, 3));
            TransactionPage bobSigned = search(network).confirmed(query(Optional.of(story.bob()), Role.SIGNER, true, 10, 1));
            TransactionPage bobReceived = search(network).confirmed(query(Optional.of(story.bob()), Role.RECIPIENT, false, 10, 1));

            // Assert
            assertEquals(all.subList(0, 3), hashes(ascending));
            assertEquals(4, ascending.totalEntries());
            assertEquals(2, ascending.totalPages());
            assertEquals(all.subList(3, 4), hashes(ascendingNext));
            assertEquals(List.of(all.get(3), all.get(2), all.get(1)), hashes(descending));
            assertEquals(List.of(all.get(0)), hashes(descendingNext));
            assertEquals(List.of(), hashes(beyond));
            assertEquals(4, beyond.totalEntries());
            assertEquals(List.of(story.bobToAlice()), hashes(bobSigned));
            assertEquals(story.aliceToBob(), hashes(bobReceived));
        }
    }

    @Test
    void heightRangesTypesAndSearchesWithoutAnAccount() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            Story story = story(network);

            // Act
            TransactionPage block3 = search(network).confirmed(new TransactionQuery("confirmed", Optional.of(story.alice()),
                    Role.ANY, Set.of(TRANSFER), 3, 3, false, 10, 1));
            TransactionPage otherType = search(network).confirmed(new TransactionQuery("confirmed", Optional.of(story.alice()),
                    Role.ANY, Set.of(new EntityType(0x414E)), 1, Long.MAX_VALUE, false, 10, 1));
            TransactionPage everyTransfer = search(network).confirmed(new TransactionQuery("confirmed", Optional.empty(),
                    Role.ANY, Set.of(TRANSFER), 2, Long.MAX_VALUE, true, 2, 1));
            TransactionPage everything = search(network).confirmed(query(Optional.empty(), Role.ANY, false, 100, 1));

            // Assert
            assertEquals(List.of(story.aliceToBob().get(1), story.bobToAlice()), hashes(block3));
            assertEquals(0, otherType.totalEntries());
            assertEquals(List.of(story.aliceToBob().get(2), story.bobToAlice()), hashes(everyTransfer));
            assertEquals(4, everyTransfer.totalEntries());
            assertEquals(1, everything.data().get(0).height(), "the nemesis transactions come first");
            assertEquals(everything.totalEntries(), everything.data().size());
        }
    }

    @Test
    void searchesWithoutAnAccountPageAsReadingEveryBlockWould() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange: the story, then empty blocks and more transfers, so the chain has gaps
            Story story = story(network);
            network.harvest();
            KeyPair alice = network.funded.get(0);
            for (int i = 0; i < 5; i++) {
                assertTrue(network.pool.submit(network.transfer(alice, story.bob(), 1 + i, 0)).accepted());
            }
            network.harvest();
            network.harvest();
            long top = network.chain.tip().height();
            // The oracle: every transaction of the chain in order, as (height, type, hash)
            List<Object[]> chain = new ArrayList<>();
            for (long height = 1; height <= top; height++) {
                Block block = Block.decode(network.chain.block(height).orElseThrow().block());
                for (Transaction tx : block.transactions()) {
                    chain.add(new Object[] {height, tx.header().type(),
                            EntityHasher.transactionHash(tx.encode(), network.identity.generationHash())});
                }
            }

            for (Set<EntityType> types : List.of(Set.<EntityType>of(), Set.of(TRANSFER), Set.of(new EntityType(0x414E)))) {
                for (long[] range : List.of(new long[] {1, Long.MAX_VALUE}, new long[] {2, 4}, new long[] {3, 3},
                        new long[] {5, top}, new long[] {top, top})) {
                    for (boolean descending : List.of(false, true)) {
                        for (int pageSize : List.of(1, 2, 3, 100)) {
                            List<Hash256> expected = new ArrayList<>();
                            for (Object[] tx : chain) {
                                long height = (Long) tx[0];
                                if (height >= range[0] && height <= range[1] && (types.isEmpty() || types.contains(tx[1]))) {
                                    expected.add((Hash256) tx[2]);
                                }
                            }
                            if (descending) {
                                java.util.Collections.reverse(expected);
                            }
                            for (int page = 1; page <= expected.size() / pageSize + 2; page++) {
                                // Act
                                TransactionPage got = search(network).confirmed(new TransactionQuery("confirmed",
                                        Optional.empty(), Role.ANY, types, range[0], range[1], descending, pageSize, page));

                                // Assert
                                int from = Math.min(expected.size(), (page - 1) * pageSize);
                                String what = types + " " + range[0] + ".." + range[1] + (descending ? " desc" : " asc")
                                        + " size " + pageSize + " page " + page;
                                assertEquals(expected.subList(from, Math.min(expected.size(), from + pageSize)), hashes(got), what);
                                assertEquals(expected.size(), got.totalEntries(), what);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aChainWhoseStatePredatesTheCountIndexIsReadBlockByBlockWithinALimit() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange: four blocks, the count index's record of where it began removed (as in a state written before
            // it existed), a limit of two blocks
            story(network);
            StateChanges changes = network.chain.state().begin();
            changes.index(TransactionCounts.NAME).remove(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1});
            network.chain.state().commit(changes, network.chain.state().height());
            HistorySearch search = new HistorySearch(network.chain.state().view(), network.chain::block,
                    network.identity.generationHash(), 2);

            // Act
            IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> search.confirmed(
                    query(Optional.empty(), Role.ANY, false, 10, 1)));
            TransactionPage narrow = search.confirmed(new TransactionQuery("confirmed", Optional.empty(), Role.ANY, Set.of(),
                    3, 4, false, 10, 1));
            TransactionPage withAccount = search.confirmed(query(Optional.of(network.address(network.funded.get(0))),
                    Role.ANY, false, 10, 1));

            // Assert
            assertTrue(wide.getMessage().contains("fromHeight and toHeight"), wide.getMessage());
            assertEquals(3, narrow.totalEntries());
            assertEquals(5, withAccount.totalEntries(), "her funding in the nemesis block, her three transfers, Bob's");
        }
    }

    @Test
    void rollbackRemovesExactlyTheUndoneBlocksEntries() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            Story story = story(network);

            // Act
            network.chain.rollbackTo(2);

            // Assert
            TransactionPage bob = search(network).confirmed(query(Optional.of(story.bob()), Role.ANY, false, 10, 1));
            assertEquals(List.of(story.aliceToBob().get(0)), hashes(bob));
            assertTrue(search(network).find(story.bobToAlice()).isEmpty());
            assertTrue(search(network).find(story.aliceToBob().get(2)).isEmpty());
            assertTrue(search(network).find(story.aliceToBob().get(0)).isPresent());
        }
    }

    @Test
    void theHistoryOutlivesTheDuplicateCheckHashes() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange: every hash's deadline has passed and the duplicate check forgets them
            Story story = story(network);
            StateChanges changes = network.chain.state().begin();
            int pruned = TransactionHashes.prune(changes.index(TransactionHashes.BY_HASH),
                    changes.index(TransactionHashes.BY_DEADLINE), new Timestamp(Long.MAX_VALUE));
            network.chain.state().commit(changes, network.chain.tip().height());

            // Act
            Optional<TransactionRecord> found = search(network).find(story.aliceToBob().get(0));

            // Assert
            assertTrue(pruned >= 4, "pruned " + pruned);
            assertTrue(TransactionHashes.find(network.chain.state().view().index(TransactionHashes.BY_HASH),
                    story.aliceToBob().get(0)).isEmpty());
            assertEquals(2, found.orElseThrow().height());
            assertArrayEquals(found.get().payload(), search(network).confirmed(query(Optional.of(story.alice()), Role.SIGNER,
                    false, 10, 1)).data().get(0).payload());
        }
    }

    @Test
    void theIndexRecordsTheAccountsWithTheirRoles() throws Exception {
        try (TestNetwork network = TestNetwork.create(directory.resolve("a"))) {
            // Arrange
            Story story = story(network);

            // Act
            var accounts = TransactionIndex.accounts(network.chain.state().view().index(TransactionIndex.BY_HASH),
                    story.bobToAlice());

            // Assert
            assertEquals(List.of(Map.entry(story.bob(), TransactionIndex.SIGNER),
                    Map.entry(story.alice(), TransactionIndex.RECIPIENT | TransactionIndex.PARTICIPANT)), accounts);
        }
    }
}
