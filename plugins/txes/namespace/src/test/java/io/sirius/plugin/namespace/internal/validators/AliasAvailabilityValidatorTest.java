package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasAvailabilityValidatorTest {

    @ParameterizedTest(name = "{1} (action {2}) by {3} at {4}: {5}")
    @CsvSource({
        // alpha (active [10, 110)) has no alias; alpha.beta aliases mosaic 7; the owner owns both
        "alpha, none, 0, owner, 50, SUCCESS",
        "alpha.beta, mosaic, 1, owner, 50, SUCCESS",
        "alpha.beta.gamma, none, 0, owner, 109, SUCCESS",
        "omega, none, 0, owner, 50, ALIAS_NAMESPACE_UNKNOWN",
        "alpha, none, 0, owner, 110, EXPIRED",
        "alpha, none, 0, owner, 9, EXPIRED",
        "alpha.beta, mosaic, 0, owner, 50, ALIAS_ALREADY_EXISTS",
        "alpha, none, 1, owner, 50, ALIAS_DOES_NOT_EXIST",
        "alpha, none, 0, other, 50, ALIAS_OWNER_CONFLICT",
        "alpha.beta, mosaic, 1, other, 50, ALIAS_OWNER_CONFLICT"})
    void onlyTheOwnerOfAnActiveNamespaceChangesItsAlias(String name, String alias, int action, String signer, long height,
            String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceDelta.of(state).setAlias(Fixtures.BETA, NamespaceAlias.of(new MosaicId(7)));
        PublicKey key = signer.equals("owner") ? Fixtures.OWNER : Fixtures.OTHER;

        // Act
        var result = new AliasAvailabilityValidator().validate(
                new AliasOwnerNotification(key, NamespaceIds.of(name), action), Fixtures.context(height, state).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
