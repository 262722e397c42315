package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressAliasAccountValidatorTest {

    @ParameterizedTest(name = "action {0}")
    @ValueSource(ints = {0, 1})
    void theAddressMustBeAKnownAccount(int action) {
        // Arrange: the owner's account is known; the other's is not; the owner's key on another network is not
        InMemoryState state = Fixtures.state();
        Address known = Fixtures.account(Fixtures.OWNER, state);
        Address unknown = Fixtures.address(Fixtures.OTHER);
        Address otherNetwork = ContextBuilder.context().network(NetworkType.MAIN_NET).validation().addressOf(Fixtures.OWNER);
        AddressAliasAccountValidator validator = new AddressAliasAccountValidator();
        var context = Fixtures.context(50, state).stateful();

        // Act and Assert
        assertEquals(Results.of("SUCCESS"), validator.validate(new AliasedAddressNotification(Fixtures.ALPHA, action, known),
                context));
        assertEquals(NamespaceResults.ALIAS_INVALID_ADDRESS, validator.validate(
                new AliasedAddressNotification(Fixtures.ALPHA, action, unknown), context));
        assertEquals(NamespaceResults.ALIAS_INVALID_ADDRESS, validator.validate(
                new AliasedAddressNotification(Fixtures.ALPHA, action, otherNetwork), context));
    }
}
