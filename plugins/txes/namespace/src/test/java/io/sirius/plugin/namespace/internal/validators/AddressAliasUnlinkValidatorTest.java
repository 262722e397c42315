package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressAliasUnlinkValidatorTest {

    @ParameterizedTest(name = "{0} of {1}'s address (action {2}): {3}")
    @CsvSource({
        // alpha aliases the owner's address, alpha.beta mosaic 7, alpha.beta.gamma nothing
        "alpha, owner, 1, SUCCESS",
        "alpha, other, 1, ALIAS_UNLINK_DATA_INCONSISTENCY",
        "alpha.beta, owner, 1, ALIAS_UNLINK_TYPE_INCONSISTENCY",
        "alpha.beta.gamma, owner, 1, ALIAS_UNLINK_TYPE_INCONSISTENCY",
        "omega, owner, 1, ALIAS_NAMESPACE_UNKNOWN",
        "omega, other, 0, SUCCESS",
        "alpha.beta, other, 0, SUCCESS",
        "omega, other, 7, SUCCESS"})
    void anUnlinkNamesExactlyTheAddressThere(String name, String account, int action, String expected) {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceDelta.of(state).setAlias(Fixtures.ALPHA, NamespaceAlias.of(Fixtures.address(Fixtures.OWNER)));
        NamespaceDelta.of(state).setAlias(Fixtures.BETA, NamespaceAlias.of(new MosaicId(7)));
        Address address = Fixtures.address(account.equals("owner") ? Fixtures.OWNER : Fixtures.OTHER);

        // Act
        var result = new AddressAliasUnlinkValidator().validate(
                new AliasedAddressNotification(NamespaceIds.of(name), action, address), Fixtures.context(50, state).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }
}
