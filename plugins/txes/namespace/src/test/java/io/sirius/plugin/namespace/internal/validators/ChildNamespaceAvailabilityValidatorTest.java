package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildNamespaceAvailabilityValidatorTest {

    @ParameterizedTest(name = "{1} under {0} by {2} at {3}: {4}")
    @CsvSource({
        // alpha.beta.gamma exists; alpha is the owner's, active for [10, 110)
        "alpha, delta, owner, 50, SUCCESS",
        "alpha.beta, delta, owner, 50, SUCCESS",
        "alpha, beta, owner, 50, ALREADY_EXISTS",
        "alpha.beta, gamma, owner, 50, ALREADY_EXISTS",
        "omega, delta, owner, 50, PARENT_UNKNOWN",
        "alpha.beta.gamma, delta, owner, 50, TOO_DEEP",
        "alpha, delta, owner, 9, EXPIRED",
        "alpha, delta, owner, 10, SUCCESS",
        "alpha, delta, owner, 109, SUCCESS",
        "alpha, delta, owner, 110, EXPIRED",
        "alpha, delta, other, 50, OWNER_CONFLICT",
        "alpha.beta, delta, other, 50, OWNER_CONFLICT"})
    void aChildNeedsAFreeIdAShallowActiveParentAndTheRootsOwner(String parentName, String name, String signer, long height,
            String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceId parent = NamespaceIds.of(parentName);
        PublicKey key = signer.equals("owner") ? Fixtures.OWNER : Fixtures.OTHER;

        // Act
        var result = new ChildNamespaceAvailabilityValidator().validate(
                new ChildNamespaceNotification(key, NamespaceIds.child(parent, name), parent, name),
                Fixtures.context(height, state).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
