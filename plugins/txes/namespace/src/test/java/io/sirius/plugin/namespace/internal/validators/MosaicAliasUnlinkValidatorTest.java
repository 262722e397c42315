package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicAliasUnlinkValidatorTest {

    @ParameterizedTest(name = "{0} of mosaic {1} (action {2}): {3}")
    @CsvSource({
        // alpha aliases the owner's address, alpha.beta mosaic 7, alpha.beta.gamma nothing
        "alpha.beta, 7, 1, SUCCESS",
        "alpha.beta, 8, 1, ALIAS_UNLINK_DATA_INCONSISTENCY",
        "alpha, 7, 1, ALIAS_UNLINK_TYPE_INCONSISTENCY",
        "alpha.beta.gamma, 7, 1, ALIAS_UNLINK_TYPE_INCONSISTENCY",
        "omega, 7, 1, ALIAS_NAMESPACE_UNKNOWN",
        "omega, 7, 0, SUCCESS",
        "alpha, 9, 0, SUCCESS"})
    void anUnlinkNamesExactlyTheMosaicThere(String name, long mosaic, int action, String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceDelta.of(state).setAlias(Fixtures.ALPHA, NamespaceAlias.of(Fixtures.address(Fixtures.OWNER)));
        NamespaceDelta.of(state).setAlias(Fixtures.BETA, NamespaceAlias.of(new MosaicId(7)));

        // Act
        var result = new MosaicAliasUnlinkValidator().validate(
                new AliasedMosaicNotification(NamespaceIds.of(name), action, new MosaicId(mosaic)),
                Fixtures.context(50, state).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
