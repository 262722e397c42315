package io.sirius.plugin.mosaic.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.plugin.MosaicPlugin;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import io.sirius.plugin.testkit.ChainRunner;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A block's worth of mosaic notifications through the plugin's registered observers, committed in order and rolled
 * back in reverse, as the kernel does ({@link ChainRunner}): the state must come back byte for byte.
 */
class MosaicObserversRollbackTest {
    private static final MosaicProperties DEFINED = new MosaicProperties(3, 2, new BlockDuration(1000));
    private static final UnresolvedMosaicLevy ABSOLUTE = new UnresolvedMosaicLevy(1, Fixtures.unresolved(Fixtures.OTHER),
            Fixtures.unresolved(Fixtures.CURRENCY), new Amount(5));
    private static final UnresolvedMosaicLevy PERCENTILE = new UnresolvedMosaicLevy(2, Fixtures.OWNER_ALIAS,
            Fixtures.MOSAIC_ALIAS, new Amount(100_000));

    private static final List<Notification> BLOCK = List.of(
            new MosaicDefinitionNotification(Fixtures.OWNER, Fixtures.MOSAIC, DEFINED),
            new MosaicSupplyChangeNotification(Fixtures.OWNER, Fixtures.MOSAIC_ALIAS, 1, new Amount(1000)),
            new MosaicSupplyChangeNotification(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), 0, new Amount(1000)),
            new MosaicDefinitionNotification(Fixtures.OWNER, Fixtures.MOSAIC, new MosaicProperties(1, 0, new BlockDuration(5))),
            new MosaicModifyLevyNotification(Fixtures.unresolved(Fixtures.MOSAIC), ABSOLUTE, Fixtures.OWNER),
            new MosaicModifyLevyNotification(Fixtures.MOSAIC_ALIAS, PERCENTILE, Fixtures.OWNER),
            new MosaicRemoveLevyNotification(Fixtures.unresolved(Fixtures.MOSAIC), Fixtures.OWNER),
            new MosaicModifyLevyNotification(Fixtures.unresolved(Fixtures.OTHER_MOSAIC), ABSOLUTE, Fixtures.OTHER),
            new MosaicRemoveLevyNotification(Fixtures.unresolved(Fixtures.OTHER_MOSAIC), Fixtures.OTHER));

    /**
     * @return the plugin's registered observers alone, in their order: the block holds the plugin's notifications
     *     without the core's balance credits and debits that its validators would judge the supply changes by
     */
    private static RecordingRegistrar observers() {
        RecordingRegistrar plugin = new RecordingRegistrar();
        new MosaicPlugin().register(plugin);
        RecordingRegistrar observers = new RecordingRegistrar();
        plugin.observers().forEach(observers::observer);
        return observers;
    }

    @Test
    void aCommittedBlockRolledBackLeavesTheStateByteForByte() {
        // Arrange: an older mosaic of another owner, with a levy already changed once
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 3, 42));
        state.cache(LevyCache.DESCRIPTOR).put(Fixtures.OTHER_MOSAIC, LevyEntry.of(Fixtures.OTHER_MOSAIC,
                Fixtures.levy(LevyType.ABSOLUTE, Fixtures.THIRD, Fixtures.CURRENCY, 1)).update(
                Fixtures.levy(LevyType.ABSOLUTE, Fixtures.THIRD, Fixtures.CURRENCY, 2), new Height(7)));
        ChainRunner chain = new ChainRunner(state, height -> Fixtures.context(state), observers());
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        chain.commit(Fixtures.HEIGHT, BLOCK);
        Map<String, Map<String, String>> committed = state.snapshot();
        chain.rollback();

        // Assert: the commit changed the caches and the plugin's indexes; the rollback restored both
        assertNotEquals(before, committed);
        for (String index : List.of("index:mosaic_by_height", "index:mosaic_by_owner", "index:mosaic_by_supply")) {
            assertEquals(1, before.get(index).size(), index);
            assertEquals(2, committed.get(index).size(), index);
            assertNotEquals(before.get(index), committed.get(index), index);
        }
        assertEquals(before, state.snapshot());
    }
}
