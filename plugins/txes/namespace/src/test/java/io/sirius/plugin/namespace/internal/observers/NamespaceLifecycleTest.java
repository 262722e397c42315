package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.plugin.NamespacePlugin;
import io.sirius.plugin.namespace.internal.resolvers.NamespaceAddressResolver;
import io.sirius.plugin.namespace.internal.resolvers.NamespaceMosaicResolver;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceView;
import io.sirius.plugin.testkit.ChainRunner;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plugin's validators and observers together, run as the kernel runs them ({@link ChainRunner}), over a chain of
 * blocks: a root with children and aliases is registered, renewed, expires, and is taken over by another account after
 * its grace period; then every block is rolled back, and the state must come back exactly, block by block.
 */
class NamespaceLifecycleTest {
    private static final MosaicId MOSAIC = new MosaicId(0x36CC4F72E42A81D3L);
    private static final Address TARGET = Fixtures.address(Fixtures.THIRD);

    /** A block: its height and its notifications, the block notification last. */
    private record Block(long height, List<Notification> notifications) {
        static Block of(long height, Notification... notifications) {
            List<Notification> all = new ArrayList<>(List.of(notifications));
            all.add(new BlockNotification(Fixtures.OWNER, PublicKey.ZERO, new Height(height), new Timestamp(height),
                    Amount.ZERO, 0, 1));
            return new Block(height, all);
        }
    }

    private static RootNamespaceNotification root(PublicKey signer, long duration) {
        return new RootNamespaceNotification(signer, Fixtures.ALPHA, "alpha", new BlockDuration(duration));
    }

    private static Optional<MosaicId> mosaic(InMemoryState state) {
        return new NamespaceMosaicResolver().resolve(new UnresolvedMosaicId(Fixtures.ALPHA.value()), state.view());
    }

    private static Optional<Address> address(InMemoryState state) {
        return new NamespaceAddressResolver().resolve(UnresolvedAddress.alias(NetworkType.MIJIN_TEST, Fixtures.BETA),
                state.view());
    }

    @Test
    void aWholeLifeRollsBackExactlyBlockByBlock() {
        // Arrange
        List<Block> blocks = new ArrayList<>();
        // 10: alpha for 100 blocks, [10, 110), grace until 134
        blocks.add(Block.of(10, root(Fixtures.OWNER, 100)));
        // 11: alpha.beta and alpha.beta.gamma; alpha aliases the mosaic, beta the address
        blocks.add(Block.of(11,
                new ChildNamespaceNotification(Fixtures.OWNER, Fixtures.BETA, Fixtures.ALPHA, "beta"),
                new ChildNamespaceNotification(Fixtures.OWNER, Fixtures.GAMMA, Fixtures.BETA, "gamma"),
                new AliasedMosaicNotification(Fixtures.ALPHA, 0, MOSAIC),
                new AliasedAddressNotification(Fixtures.BETA, 0, TARGET)));
        // 50: renewed by 20 blocks, to [10, 130)
        blocks.add(Block.of(50, root(Fixtures.OWNER, 20)));
        for (long h = 51; h <= 130; h++) {
            blocks.add(Block.of(h));
        }
        // 200, after the grace period (154): OTHER takes alpha over for 10 blocks, [200, 210), and links alpha itself
        blocks.add(Block.of(200, root(Fixtures.OTHER, 10), new AliasedMosaicNotification(Fixtures.ALPHA, 0, new MosaicId(9))));
        for (long h = 201; h <= 210; h++) {
            blocks.add(Block.of(h));
        }
        InMemoryState state = Fixtures.state();
        Fixtures.account(Fixtures.THIRD, state); // TARGET, which an address alias must name
        Map<String, Map<String, String>> genesis = state.snapshot();
        RecordingRegistrar plugin = new RecordingRegistrar();
        new NamespacePlugin().register(plugin);
        ChainRunner chain = new ChainRunner(state, height -> Fixtures.context(height, state), plugin);

        // Act: commit every block, checking what the resolvers see along the way
        for (Block block : blocks) {
            chain.commit(block.height(), block.notifications());
            if (block.height() == 128) {
                assertEquals(Optional.of(MOSAIC), mosaic(state), "active for the block at 129");
                assertEquals(Optional.of(TARGET), address(state));
            }
            if (block.height() == 129) {
                assertEquals(Optional.empty(), mosaic(state), "expired from the block at 130");
                assertEquals(Optional.empty(), address(state));
                assertTrue(NamespaceView.of(state.view()).root(Fixtures.ALPHA).orElseThrow().expired());
            }
        }
        NamespaceView after = NamespaceView.of(state.view());

        // Assert: OTHER's alpha has no children, its own alias, and is marked expired at the end of block 209
        assertEquals(Fixtures.OTHER, after.root(Fixtures.ALPHA).orElseThrow().owner());
        assertTrue(after.root(Fixtures.ALPHA).orElseThrow().expired());
        assertEquals(false, after.contains(Fixtures.BETA));
        assertEquals(List.of(Fixtures.ALPHA), after.ownedBy(Fixtures.OTHER).ids());
        assertTrue(after.ownedBy(Fixtures.OWNER).isEmpty());
        assertTrue(after.aliasesOf(MOSAIC).isEmpty());
        assertEquals(List.of(Fixtures.ALPHA), after.aliasesOf(new MosaicId(9)).ids());
        assertTrue(after.aliasesOf(TARGET).isEmpty());

        // Assert: rolling back block after block gives back every earlier state exactly
        while (chain.blocks() > 0) {
            long undone = chain.rollback();
            if (undone == 130) {
                assertEquals(Optional.empty(), mosaic(state), "still expired while block 129 is the last");
            }
            if (undone == 129) {
                assertEquals(Optional.of(MOSAIC), mosaic(state), "active again once block 128 is the last");
            }
        }
        assertEquals(genesis, state.snapshot());
    }
}
