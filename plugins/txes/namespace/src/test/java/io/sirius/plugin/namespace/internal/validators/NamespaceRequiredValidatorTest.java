package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.NamespaceRequiredNotification;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceRequiredValidatorTest {

    @ParameterizedTest(name = "{0} by {1} at {2}: {3}")
    @CsvSource({
        // alpha.beta.gamma exists; alpha is the owner's, active for [10, 110), in its grace period until 134
        "alpha, owner, 50, SUCCESS",
        "alpha.beta.gamma, owner, 50, SUCCESS",
        "alpha, owner, 110, SUCCESS",
        "alpha.beta, owner, 133, SUCCESS",
        "alpha, owner, 134, EXPIRED",
        "alpha, owner, 9, EXPIRED",
        "alpha.beta, other, 50, OWNER_CONFLICT",
        "omega, owner, 50, UNKNOWN"})
    void aRequiredNamespaceExistsIsActiveOrInGraceAndBelongsToTheOwner(String name, String owner, long height,
            String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        PublicKey key = owner.equals("owner") ? Fixtures.OWNER : Fixtures.OTHER;

        // Act
        var result = new NamespaceRequiredValidator().validate(new NamespaceRequiredNotification(key, NamespaceIds.of(name)),
                Fixtures.context(height, state).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
