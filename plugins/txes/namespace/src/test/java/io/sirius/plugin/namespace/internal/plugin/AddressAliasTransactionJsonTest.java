package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressAliasTransactionJsonTest {

    @Test
    void showsTheActionTheNamespaceAndTheAddressInHex() {
        // Arrange
        Address address = Fixtures.address(Fixtures.OTHER);

        // Act
        Map<String, Object> json = new AddressAliasTransactionJson().write(new AddressAliasTransaction(0, Fixtures.ALPHA, address), 1);

        // Assert
        assertEquals(Map.of("aliasAction", 0, "namespaceId", new Uint64(Fixtures.ALPHA.value()), "address", address.toHex()),
                json);
    }
}
