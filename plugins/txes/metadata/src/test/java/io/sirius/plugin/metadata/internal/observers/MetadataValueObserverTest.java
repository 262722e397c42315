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
import io.sirius.plugin.testkit.Transition;
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

    private static void observe(InMemoryState state, MetadataValueNotification notification, NotifyMode mode) {
        observe(state, notification, mode, new PassThroughResolvers());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aPlainFormCreatesAVersionOneEntry(NotifyMode mode) {
        // Arrange
        Transition create = new Transition(Fixtures::state, () -> Fixtures.state(Fixtures.plainEntry("hello")));
        InMemoryState state = create.start(mode);

        // Act
        observe(state, Fixtures.change("", "hello"), mode);

        // Assert
        assertEquals(create.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anExtendedFormCreatesAVersionTwoEntryWithItsFlag(NotifyMode mode) {
        // Arrange
        Transition immutable = new Transition(Fixtures::state,
                () -> Fixtures.state(Fixtures.extendedEntry("hello", true)));
        Transition mutable = new Transition(Fixtures::state,
                () -> Fixtures.state(Fixtures.extendedEntry("hello", false)));
        InMemoryState immutableState = immutable.start(mode);
        InMemoryState mutableState = mutable.start(mode);

        // Act
        observe(immutableState, Fixtures.change("", "hello", true, true), mode);
        observe(mutableState, Fixtures.change("", "hello", true, false), mode);

        // Assert
        assertEquals(immutable.expected(mode), immutableState.snapshot());
        assertEquals(mutable.expected(mode), mutableState.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void growsAValue(NotifyMode mode) {
        // Arrange
        Transition grow = new Transition(() -> Fixtures.state(Fixtures.plainEntry("hi")),
                () -> Fixtures.state(Fixtures.plainEntry("hello")));
        InMemoryState state = grow.start(mode);

        // Act
        observe(state, Fixtures.change("hi", "hello"), mode);

        // Assert
        assertEquals(grow.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void changesAValueOfTheSameSize(NotifyMode mode) {
        // Arrange
        Transition change = new Transition(() -> Fixtures.state(Fixtures.plainEntry("hello")),
                () -> Fixtures.state(Fixtures.plainEntry("jelly")));
        InMemoryState state = change.start(mode);

        // Act
        observe(state, Fixtures.change("hello", "jelly"), mode);

        // Assert
        assertEquals(change.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void shrinksAValueAndRestoresTheTailItDropped(NotifyMode mode) {
        // Arrange
        Transition shrink = new Transition(() -> Fixtures.state(Fixtures.plainEntry("hello")),
                () -> Fixtures.state(Fixtures.plainEntry("he")));
        InMemoryState state = shrink.start(mode);

        // Act
        observe(state, Fixtures.change("hello", "he"), mode);

        // Assert
        assertEquals(shrink.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void removesAnEmptiedEntryAndRecreatesIt(NotifyMode mode) {
        // Arrange
        Transition plain = new Transition(() -> Fixtures.state(Fixtures.plainEntry("hello")), Fixtures::state);
        Transition extended = new Transition(() -> Fixtures.state(Fixtures.extendedEntry("hello", false)),
                Fixtures::state);
        InMemoryState plainState = plain.start(mode);
        InMemoryState extendedState = extended.start(mode);

        // Act
        observe(plainState, Fixtures.change("hello", ""), mode);
        observe(extendedState, Fixtures.change("hello", "", true, false), mode);

        // Assert
        assertEquals(plain.expected(mode), plainState.snapshot());
        assertEquals(extended.expected(mode), extendedState.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anyFormChangesOnlyTheValueOfAnExistingEntry(NotifyMode mode) {
        // Arrange: an extended change of a version 1 entry, a plain change of an immutable version 2 entry
        Transition versionOne = new Transition(() -> Fixtures.state(Fixtures.plainEntry("hi")),
                () -> Fixtures.state(Fixtures.plainEntry("hello")));
        Transition versionTwo = new Transition(() -> Fixtures.state(Fixtures.extendedEntry("hi", true)),
                () -> Fixtures.state(Fixtures.extendedEntry("hello", true)));
        InMemoryState versionOneState = versionOne.start(mode);
        InMemoryState versionTwoState = versionTwo.start(mode);

        // Act
        observe(versionOneState, Fixtures.change("hi", "hello", true, true), mode);
        observe(versionTwoState, Fixtures.change("hi", "hello"), mode);

        // Assert
        assertEquals(versionOne.expected(mode), versionOneState.snapshot());
        assertEquals(versionTwo.expected(mode), versionTwoState.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void leavesOtherEntriesAlone(NotifyMode mode) {
        // Arrange
        MetadataEntry other = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.ACCOUNT, 0),
                Fixtures.bytes("other"), 2, true);
        Transition grow = new Transition(() -> Fixtures.state(other, Fixtures.plainEntry("hi")),
                () -> Fixtures.state(other, Fixtures.plainEntry("hello")));
        InMemoryState state = grow.start(mode);

        // Act
        observe(state, Fixtures.change("hi", "hello"), mode);

        // Assert
        assertEquals(grow.expected(mode), state.snapshot());
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
                () -> observe(Fixtures.state(), Fixtures.change("", "hello"), NotifyMode.ROLLBACK));
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
                observe(state, change, mode);
                seen.add(MetadataIndexesTest.indexes(state));
            }
        } else {
            for (MetadataValueNotification change : changes) {
                observe(state, change, NotifyMode.COMMIT);
            }
            for (int i = changes.size() - 1; i >= 0; i--) {
                observe(state, changes.get(i), mode);
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
