package io.sirius.plugin.multisig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.plugin.multisig.internal.Fixtures;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModifyMultisigAccountTransactionTest {

    @Test
    void listsTheAddedCosignatoriesOnceInWireOrder() {
        // Arrange
        ModifyMultisigAccountTransaction transaction = new ModifyMultisigAccountTransaction(0, 0, List.of(
                CosignatoryModification.of(CosignatoryModificationType.ADD, Fixtures.key(3)),
                CosignatoryModification.of(CosignatoryModificationType.DEL, Fixtures.key(4)),
                CosignatoryModification.of(CosignatoryModificationType.ADD, Fixtures.key(2)),
                CosignatoryModification.of(CosignatoryModificationType.ADD, Fixtures.key(3)),
                new CosignatoryModification(7, Fixtures.key(5))));

        // Act and Assert
        assertEquals(List.of(Fixtures.key(3), Fixtures.key(2)), transaction.addedCosignatories());
    }

    @Test
    void modificationsKnowTheirType() {
        // Act
        CosignatoryModification add = new CosignatoryModification(0, Fixtures.key(1));
        CosignatoryModification delete = new CosignatoryModification(1, Fixtures.key(1));
        CosignatoryModification other = new CosignatoryModification(2, Fixtures.key(1));

        // Assert
        assertTrue(add.isAdd() && !add.isDelete());
        assertTrue(delete.isDelete() && !delete.isAdd());
        assertFalse(other.isAdd() || other.isDelete());
        assertThrows(IllegalArgumentException.class, () -> new CosignatoryModification(256, Fixtures.key(1)));
    }

    @Test
    void deltasAreInt8AndModificationsAtMost255() {
        // Act and Assert
        new ModifyMultisigAccountTransaction(-128, 127, List.of());
        assertThrows(IllegalArgumentException.class, () -> new ModifyMultisigAccountTransaction(128, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ModifyMultisigAccountTransaction(0, -129, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ModifyMultisigAccountTransaction(0, 0,
                Collections.nCopies(256, CosignatoryModification.of(CosignatoryModificationType.ADD, Fixtures.key(1)))));
    }
}
