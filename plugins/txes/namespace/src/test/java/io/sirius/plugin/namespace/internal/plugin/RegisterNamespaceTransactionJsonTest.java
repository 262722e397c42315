package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterNamespaceTransactionJsonTest {

    @Test
    void aRootShowsItsDurationAndAChildItsParent() {
        // Act
        Map<String, Object> root = new RegisterNamespaceTransactionJson().write(
                RegisterNamespaceTransaction.root(new BlockDuration(1000), "alpha"), 2);
        Map<String, Object> child = new RegisterNamespaceTransactionJson().write(
                RegisterNamespaceTransaction.child(Fixtures.ALPHA, "beta"), 2);

        // Assert
        Map<String, Object> expectedRoot = new LinkedHashMap<>();
        expectedRoot.put("namespaceType", 0);
        expectedRoot.put("namespaceId", new Uint64(Fixtures.ALPHA.value()));
        expectedRoot.put("name", "alpha");
        expectedRoot.put("duration", new Uint64(1000));
        assertEquals(expectedRoot, root);
        assertEquals(new Uint64(Fixtures.ALPHA.value()), child.get("parentId"));
        assertEquals(1, child.get("namespaceType"));
        assertEquals(false, child.containsKey("duration"));
    }
}
