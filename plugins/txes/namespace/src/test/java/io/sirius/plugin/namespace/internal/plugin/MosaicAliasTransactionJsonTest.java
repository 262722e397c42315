package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MosaicAliasTransactionJsonTest {

    @Test
    void showsTheActionTheNamespaceAndTheMosaic() {
        // Act
        Map<String, Object> json = new MosaicAliasTransactionJson().write(
                new MosaicAliasTransaction(1, Fixtures.BETA, new MosaicId(0x36CC4F72E42A81D3L)), 1);

        // Assert
        assertEquals(Map.of("aliasAction", 1, "namespaceId", new Uint64(Fixtures.BETA.value()),
                "mosaicId", new Uint64(0x36CC4F72E42A81D3L)), json);
    }
}
