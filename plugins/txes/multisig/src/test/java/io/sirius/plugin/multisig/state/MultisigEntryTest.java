package io.sirius.plugin.multisig.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.PublicKey;
import io.sirius.plugin.multisig.internal.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultisigEntryTest {
    private static final PublicKey ONE = Fixtures.key(1);

    private static MultisigEntry empty() {
        return MultisigEntry.empty(ONE, Fixtures.address(ONE));
    }

    @Test
    void keepsKeysSortedByUnsignedBytesEachOnce() {
        // Act
        MultisigEntry entry = new MultisigEntry(ONE, Fixtures.address(ONE), 1, 1,
                List.of(Fixtures.key(0x90), Fixtures.key(0x10), Fixtures.key(0x90)), List.of());

        // Assert
        assertEquals(List.of(Fixtures.key(0x10), Fixtures.key(0x90)), entry.cosignatories());
    }

    @Test
    void isMultisigWhileItHasCosignatoriesAndLinkedWhileItHasAnyLink() {
        // Act
        MultisigEntry multisig = empty().withCosignatory(Fixtures.key(2)).withMinimums(1, 1);
        MultisigEntry cosignatory = empty().withMultisigAccount(Fixtures.key(3));
        MultisigEntry settingsOnly = empty().withMinimums(1, 1);

        // Assert: minimums alone do not keep an account in the graph (Sirius removes such an entry)
        assertTrue(multisig.isMultisig() && multisig.isLinked());
        assertTrue(multisig.hasCosignatory(Fixtures.key(2)));
        assertFalse(cosignatory.isMultisig());
        assertTrue(cosignatory.isLinked());
        assertFalse(settingsOnly.isMultisig() || settingsOnly.isLinked());
        assertFalse(empty().isLinked());
        assertFalse(multisig.withoutCosignatory(Fixtures.key(2)).isLinked());
        assertFalse(cosignatory.withoutMultisigAccount(Fixtures.key(3)).isLinked());
    }

    @Test
    void refusesMinimumsOutsideAByte() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> empty().withMinimums(256, 0));
        assertThrows(IllegalArgumentException.class, () -> empty().withMinimums(0, -1));
    }
}
