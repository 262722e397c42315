package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdsTest {
    private static final PublicKey OWNER = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");

    @Test
    void mosaicIdsHaveBit63ClearAndDependOnNonceAndOwner() {
        // Act
        MosaicId a = Ids.mosaicId(1, OWNER);
        MosaicId b = Ids.mosaicId(2, OWNER);
        MosaicId c = Ids.mosaicId(1, PublicKey.fromHex("69EEA2EFEFBB7E72F21F9459603334E2E295926C684BC0B908E714CFF5D1C390"));
        // Assert
        for (MosaicId id : List.of(a, b, c, Ids.mosaicId(-1, OWNER))) {
            assertTrue(id.value() >= 0, id.toHex());
        }
        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void aPathGivesEachLevelsIdWithBit63Set() {
        // Act
        List<NamespaceId> path = Ids.namespacePath("prx.xpx");
        // Assert
        assertEquals(2, path.size());
        assertEquals(Ids.namespaceId(null, "prx"), path.get(0));
        assertEquals(Ids.namespaceId(path.get(0), "xpx"), path.get(1));
        assertTrue(path.get(1).value() < 0);
        assertEquals(3, Ids.namespacePath("a.b-c.d_e").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Prx", "-prx", "_prx", "pr x", "prx!", "a.b.c.d", "a..b", "prx.", "ξ"})
    void invalidNamesAreRefusedWithAReason(String name) {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ids.namespacePath(name));
        // Assert
        assertTrue(e.getMessage().contains("namespace"), e.getMessage());
    }

    @Test
    void namesLongerThanTheLimitAreRefused() {
        // Arrange
        String ok = "a".repeat(Ids.MAX_NAME_LENGTH);
        // Act and Assert
        Ids.checkNamePart(ok);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ids.checkNamePart(ok + "a"));
        assertTrue(e.getMessage().contains("at most " + Ids.MAX_NAME_LENGTH), e.getMessage());
    }
}
