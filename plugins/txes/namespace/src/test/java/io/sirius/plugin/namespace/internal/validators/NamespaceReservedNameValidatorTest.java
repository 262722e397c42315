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

    @ParameterizedTest(name = "{0} at height {1}: {2}")
    @CsvSource({
        "prx, 10, ROOT_NAME_RESERVED",
        "xpx, 2, ROOT_NAME_RESERVED",
        "prx, 1, SUCCESS",
        "prx.xpx, 10, ROOT_NAME_RESERVED",
        "prx.xpx, 1, SUCCESS",
        // a child of a child of a reserved root is its owner's business
        "prx.xpx.foo, 10, SUCCESS",
        "prxx, 10, SUCCESS",
        "alpha, 10, SUCCESS",
        "alpha.prx, 10, SUCCESS"})
    void reservedRootsAndTheirChildrenAreTheNetworks(String fullName, long height, String expected) {
        // Arrange
        List<NamespaceId> path = NamespaceIds.path(fullName);
        NamespaceId parent = path.size() == 1 ? NamespaceIds.ROOT_PARENT : path.get(path.size() - 2);
        String name = fullName.substring(fullName.lastIndexOf('.') + 1);

        // Act
        var result = new NamespaceReservedNameValidator().validate(
                new NamespaceNameNotification(Fixtures.OWNER, path.get(path.size() - 1), parent, name),
                Fixtures.context(height, Fixtures.state()).validation());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
