package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceReservedNameValidatorTest {

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
        "prx, owner, ROOT_NAME_RESERVED",
        "xpx, owner, ROOT_NAME_RESERVED",
        "prx, network, SUCCESS",
        "prx.xpx, owner, ROOT_NAME_RESERVED",
        "prx.xpx, network, SUCCESS",
        // a child of a child of a reserved root is its owner's business
        "prx.xpx.foo, owner, SUCCESS",
        "prxx, owner, SUCCESS",
        "alpha, owner, SUCCESS",
        "alpha, network, SUCCESS",
        "alpha.prx, owner, SUCCESS"})
    void reservedRootsAndTheirChildrenAreTheNetworks(String fullName, String signer, String expected) {
        // Arrange
        List<NamespaceId> path = NamespaceIds.path(fullName);
        NamespaceId parent = path.size() == 1 ? NamespaceIds.ROOT_PARENT : path.get(path.size() - 2);
        String name = fullName.substring(fullName.lastIndexOf('.') + 1);

        // Act
        var result = new NamespaceReservedNameValidator().validate(
                new NamespaceNameNotification(signer.equals("network") ? Fixtures.NETWORK : Fixtures.OWNER,
                        path.get(path.size() - 1), parent, name),
                Fixtures.context(50, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
