package io.sirius.plugin.property.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyAddressPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyValueNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PropertyValueModificationObserverTest {

    /**
     * @param before the state before the modification
     * @param after the state after it
     * @param observe applies the modification in a mode
     * @param mode the mode under test
     */
    private static void check(Supplier<InMemoryState> before, Supplier<InMemoryState> after,
            java.util.function.BiConsumer<InMemoryState, NotifyMode> observe, NotifyMode mode) {
        // Arrange
        InMemoryState state = mode == NotifyMode.COMMIT ? before.get() : after.get();
        Map<String, Map<String, String>> expected = (mode == NotifyMode.COMMIT ? after.get() : before.get()).snapshot();

        // Act
        observe.accept(state, mode);

        // Assert
        assertEquals(expected, state.snapshot());
    }

    private static Supplier<InMemoryState> with(AccountProperties... entries) {
        return () -> Fixtures.with(entries);
    }

    private static void mosaic(InMemoryState state, NotifyMode mode, int propertyType, int type, long id) {
        new PropertyValueModificationObserver<>(ValueKind.MOSAIC).notify(new ModifyMosaicPropertyValueNotification(
                Fixtures.OWNER, propertyType, new PropertyModification<>(type, new UnresolvedMosaicId(id))),
                Fixtures.context(10, state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theFirstValueCreatesTheAccountsEntry(NotifyMode mode) {
        check(Fixtures::state, with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(false, new MosaicId(7)))),
                (state, m) -> mosaic(state, m, 0x02, 0, 7), mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aFurtherValueJoinsTheProperty(NotifyMode mode) {
        check(with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(true, new MosaicId(7)))),
                with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(true, new MosaicId(7), new MosaicId(9)))),
                (state, m) -> mosaic(state, m, 0x82, 0, 9), mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void deletingTheLastValueOfAnAllowingPropertyRemovesTheEntry(NotifyMode mode) {
        check(with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(false, new MosaicId(7)))), Fixtures::state,
                (state, m) -> mosaic(state, m, 0x02, 1, 7), mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void deletingTheLastValueOfOnePropertyKeepsTheOthers(NotifyMode mode) {
        check(with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(true, new MosaicId(7)),
                        Fixtures.types(false, new EntityType(0x4350)))),
                with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.types(false, new EntityType(0x4350)))),
                (state, m) -> mosaic(state, m, 0x82, 1, 7), mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void storesAddressesAndTypesInTheirOwnProperty(NotifyMode mode) {
        check(with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.types(false, new EntityType(0x4350)))),
                with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.addresses(true, Fixtures.OTHER_ADDRESS),
                        Fixtures.types(false, new EntityType(0x4350)))),
                (state, m) -> new PropertyValueModificationObserver<>(ValueKind.ADDRESS).notify(
                        new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x81,
                                new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved())),
                        Fixtures.context(10, state).mode(m).observer()), mode);
        check(with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.types(false, new EntityType(0x4350)))),
                with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.types(false, new EntityType(0x4154),
                        new EntityType(0x4350)))),
                (state, m) -> new PropertyValueModificationObserver<>(ValueKind.TRANSACTION_TYPE).notify(
                        new ModifyTransactionTypePropertyValueNotification(Fixtures.OWNER, 0x04,
                                new PropertyModification<>(0, new EntityType(0x4154))),
                        Fixtures.context(10, state).mode(m).observer()), mode);
    }

    @Test
    void failsLoudlyOnAnAliasThatDoesNotResolveAndCarriesSiriussNames() {
        // Arrange
        UnresolvedAddress alias = UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0x8000000000000001L));

        // Act + Assert
        assertThrows(IllegalStateException.class, () -> new PropertyValueModificationObserver<>(ValueKind.ADDRESS).notify(
                new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x01, new PropertyModification<>(0, alias)),
                Fixtures.context(10, Fixtures.state()).observer()));
        assertEquals("AddressPropertyValueModificationObserver",
                new PropertyValueModificationObserver<>(ValueKind.ADDRESS).name());
        assertEquals("TransactionTypePropertyValueModificationObserver",
                new PropertyValueModificationObserver<>(ValueKind.TRANSACTION_TYPE).name());
    }
}
