package io.sirius.plugin.metadata.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.resolver.Resolvers;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.internal.state.MetadataIndexesTest;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.PassThroughResolvers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MetadataValueObserverTest {

    private static void observe(InMemoryState state, MetadataValueNotification notification, NotifyMode mode,
            Resolvers resolvers) {
        new MetadataValueObserver().notify(notification, Fixtures.context().state(state).mode(mode).resolvers(resolvers)
                .observer());
    }

    /** COMMIT turns {@code before} into {@code after}; ROLLBACK turns {@code after} back into {@code before}, exactly. */
    private static void assertTransition(NotifyMode mode, MetadataValueNotification change, InMemoryState before,
            InMemoryState after) {
        InMemoryState state = mode == NotifyMode.COMMIT ? before : after;
        var expected = (mode == NotifyMode.COMMIT ? after : before).snapshot();

        observe(state, change, mode, new PassThroughResolvers());

        assertEquals(expected, state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aPlainFormCreatesAVersionOneEntry(NotifyMode mode) {
        // Act and Assert
        assertTransition(mode, Fixtures.change("", "hello"), Fixtures.state(), Fixtures.state(Fixtures.plainEntry("hello")));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anExtendedFormCreatesAVersionTwoEntryWithItsFlag(NotifyMode mode) {
        // Act and Assert
        assertTransition(mode, Fixtures.change("", "hello", true, true), Fixtures.state(),
                Fixtures.state(Fixtures.extendedEntry("hello", true)));
        assertTransition(mode, Fixtures.change("", "hello", true, false), Fixtures.state(),
                Fixtures.state(Fixtures.extendedEntry("hello", false)));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void growsAValue(NotifyMode mode) {
        // Act and Assert
        assertTransition(mode, Fixtures.change("hi", "hello"), Fixtures.state(Fixtures.plainEntry("hi")),
                Fixtures.state(Fixtures.plainEntry("hello")));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void changesAValueOfTheSameSize(NotifyMode mode) {
        // Act and Assert
        assertTransition(mode, Fixtures.change("hello", "jelly"), Fixtures.state(Fixtures.plainEntry("hello")),
                Fixtures.state(Fixtures.plainEntry("jelly")));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void shrinksAValueAndRestoresTheTailItDropped(NotifyMode mode) {
        // Act and Assert
        assertTransition(mode, Fixtures.change("hello", "he"), Fixtures.state(Fixtures.plainEntry("hello")),
                Fixtures.state(Fixtures.plainEntry("he")));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void removesAnEmptiedEntryAndRecreatesIt(NotifyMode mode) {
        // Act and Assert
        assertTransition(mode, Fixtures.change("hello", ""), Fixtures.state(Fixtures.plainEntry("hello")), Fixtures.state());
        assertTransition(mode, Fixtures.change("hello", "", true, false), Fixtures.state(Fixtures.extendedEntry("hello", false)),
                Fixtures.state());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anyFormChangesOnlyTheValueOfAnExistingEntry(NotifyMode mode) {
        // Act and Assert: an extended change of a version 1 entry, a plain change of an immutable version 2 entry
        assertTransition(mode, Fixtures.change("hi", "hello", true, true), Fixtures.state(Fixtures.plainEntry("hi")),
                Fixtures.state(Fixtures.plainEntry("hello")));
        assertTransition(mode, Fixtures.change("hi", "hello"), Fixtures.state(Fixtures.extendedEntry("hi", true)),
                Fixtures.state(Fixtures.extendedEntry("hello", true)));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void leavesOtherEntriesAlone(NotifyMode mode) {
        // Arrange
        MetadataEntry other = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.ACCOUNT, 0),
                Fixtures.bytes("other"), 2, true);

        // Act and Assert
        assertTransition(mode, Fixtures.change("hi", "hello"), Fixtures.state(other, Fixtures.plainEntry("hi")),
                Fixtures.state(other, Fixtures.plainEntry("hello")));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void keysAMosaicAliasByTheMosaicItResolvesTo(NotifyMode mode) {
        // Arrange
        long alias = 0x85BBEA6CC462B244L;
        Resolvers aliases = new Resolvers() {
            @Override
            public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
                return Optional.of(new MosaicId(id.value() == alias ? Fixtures.MOSAIC : id.value()));
            }

            @Override
            public Optional<Address> resolve(UnresolvedAddress address) {
                return Optional.empty();
            }
        };
        MetadataEntry entry = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY,
                MetadataType.MOSAIC, Fixtures.MOSAIC), Fixtures.bytes("x"), 1, false);
        InMemoryState state = mode == NotifyMode.COMMIT ? Fixtures.state() : Fixtures.state(entry);

        // Act
        observe(state, new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY, MetadataType.MOSAIC,
                alias, 1, Fixtures.bytes("x"), false, false), mode, aliases);

        // Assert
        assertEquals(mode == NotifyMode.COMMIT ? List.of(entry) : List.of(), state.entries(MetadataCache.DESCRIPTOR));
    }

    @Test
    void failsLoudlyWhenAskedToEmptyWhatDoesNotExist() {
        // Act and Assert: undoing the creation of an entry that is not there
        assertThrows(IllegalStateException.class,
                () -> observe(Fixtures.state(), Fixtures.change("", "hello"), NotifyMode.ROLLBACK, new PassThroughResolvers()));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theIndexesFollowTheEntryThroughCreationChangeAndRemoval(NotifyMode mode) {
        // Arrange: created with "hi", grown to "hello", then emptied (in reverse for ROLLBACK)
        List<MetadataValueNotification> changes = List.of(Fixtures.change("", "hi"), Fixtures.change("hi", "hello"),
                Fixtures.change("hello", ""));
        InMemoryState state = Fixtures.state();
        List<Map<String, Map<String, String>>> seen = new ArrayList<>();

        // Act
        if (mode == NotifyMode.COMMIT) {
            for (MetadataValueNotification change : changes) {
                observe(state, change, mode, new PassThroughResolvers());
                seen.add(MetadataIndexesTest.indexes(state));
            }
        } else {
            for (MetadataValueNotification change : changes) {
                observe(state, change, NotifyMode.COMMIT, new PassThroughResolvers());
            }
            for (int i = changes.size() - 1; i >= 0; i--) {
                observe(state, changes.get(i), mode, new PassThroughResolvers());
                seen.add(MetadataIndexesTest.indexes(state));
            }
        }

        // Assert: golden rows with the value size, none once the entry is gone
        List<Map<String, Map<String, String>>> expected = mode == NotifyMode.COMMIT
                ? List.of(MetadataIndexesTest.accountEntryRows(2), MetadataIndexesTest.accountEntryRows(5), Map.of())
                : List.of(MetadataIndexesTest.accountEntryRows(5), MetadataIndexesTest.accountEntryRows(2), Map.of());
        assertEquals(expected, seen);
    }
}
