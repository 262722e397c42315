package io.sirius.plugin.namespace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.NamespaceId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceIdsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // sdk-vectors.json ids: namespaceId(prx), namespaceId(prx.xpx), namespaceId(sirius-harness)
        "prx, b16d77fd8b6fb3be",
        "prx.xpx, bffb42a19116bdf6",
        "sirius-harness, b6419e0c88ab6190",
        // register_sub_namespace_v1: "sub" under "sirius-harness", the body's NamespaceId C652A71D93260C86 (LE)
        "sirius-harness.sub, 860c26931da752c6"})
    void derivesTheSdkVectorIds(String fullName, String expectedHex) {
        // Act
        NamespaceId id = NamespaceIds.of(fullName);

        // Assert
        assertEquals(Long.parseUnsignedLong(expectedHex, 16), id.value());
    }

    @Test
    void aPathListsEveryLevelRootFirst() {
        // Act
        List<NamespaceId> path = NamespaceIds.path("prx.xpx");

        // Assert
        assertEquals(List.of(NamespaceIds.root("prx"), NamespaceIds.child(NamespaceIds.root("prx"), "xpx")), path);
        assertEquals(new NamespaceId(0xB16D77FD8B6FB3BEL), path.get(0));
    }

    @Test
    void everyIdHasBit63SetAndDependsOnTheParent() {
        // Act
        NamespaceId root = NamespaceIds.root("a");
        NamespaceId child = NamespaceIds.child(NamespaceIds.root("b"), "a");

        // Assert
        assertTrue(root.value() < 0, "bit 63 of a root");
        assertTrue(child.value() < 0, "bit 63 of a child");
        assertNotEquals(root, child);
    }

    @Test
    void rejectsEmptyPartsAndMoreThanThreeLevels() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> NamespaceIds.path("a..b"));
        assertThrows(IllegalArgumentException.class, () -> NamespaceIds.path(""));
        assertThrows(IllegalArgumentException.class, () -> NamespaceIds.path("a.b.c.d"));
        assertEquals(3, NamespaceIds.path("a.b.c").size());
    }
}
