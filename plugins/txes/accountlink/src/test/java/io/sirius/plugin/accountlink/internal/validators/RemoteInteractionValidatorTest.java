package io.sirius.plugin.accountlink.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.PassThroughResolvers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteInteractionValidatorTest {
    private static final EntityType TRANSFER = new EntityType(0x4154);
    private static final UnresolvedAddress ALIAS = UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0x8000_0000_0000_29E3L));

    private static InMemoryState state(AccountType remoteType) {
        return Fixtures.state(Fixtures.account(Fixtures.OTHER, 1), Fixtures.linked(Fixtures.account(Fixtures.REMOTE, 1),
                remoteType, remoteType == AccountType.REMOTE || remoteType == AccountType.MAIN ? Fixtures.MAIN : null));
    }

    private static ResultCode validate(InMemoryState state, EntityType type, List<UnresolvedAddress> participants,
            Resolvers resolvers) {
        return new RemoteInteractionValidator().validate(new AddressInteractionNotification(Fixtures.MAIN, type, participants),
                ContextBuilder.context().state(state).resolvers(resolvers).stateful());
    }

    private static UnresolvedAddress of(io.sirius.api.model.PublicKey key) {
        return Fixtures.address(key).toUnresolved();
    }

    @ParameterizedTest(name = "a {0} participant: {1}")
    @CsvSource({
        "UNLINKED, SUCCESS",
        "MAIN, SUCCESS",
        "REMOTE, REMOTE_ACCOUNT_PARTICIPANT_NOT_ALLOWED",
        "REMOTE_UNLINKED, REMOTE_ACCOUNT_PARTICIPANT_NOT_ALLOWED"})
    void refusesRemoteParticipantsWhereverTheyStandInTheList(AccountType type, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : AccountLinkResults.valueOf(expected);
        InMemoryState state = state(type);

        // Act
        ResultCode alone = validate(state, TRANSFER, List.of(of(Fixtures.REMOTE)), new PassThroughResolvers());
        ResultCode last = validate(state, TRANSFER, List.of(of(Fixtures.OTHER), of(Fixtures.REMOTE)), new PassThroughResolvers());

        // Assert
        assertEquals(want, alone);
        assertEquals(want, last);
    }

    @Test
    void exemptsTheAccountLinkThatNamesTheRemote() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(state(AccountType.REMOTE), AccountLinkTypes.ACCOUNT_LINK,
                List.of(of(Fixtures.REMOTE)), new PassThroughResolvers()));
    }

    @Test
    void acceptsParticipantsTheChainDoesNotKnowAndNoParticipants() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(state(AccountType.REMOTE), TRANSFER,
                List.of(of(Fixtures.MAIN)), new PassThroughResolvers()));
        assertEquals(ResultCodes.SUCCESS, validate(state(AccountType.REMOTE), TRANSFER, List.of(), new PassThroughResolvers()));
    }

    @Test
    void resolvesAliasesBeforeJudging() {
        // Arrange: the alias names the remote account once a namespace resolves it
        Address remote = Fixtures.address(Fixtures.REMOTE);
        Resolvers aliasToRemote = new Resolvers() {
            @Override
            public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
                return Optional.empty();
            }

            @Override
            public Optional<Address> resolve(UnresolvedAddress address) {
                return address.equals(ALIAS) ? Optional.of(remote) : new PassThroughResolvers().resolve(address);
            }
        };

        // Act
        ResultCode resolved = validate(state(AccountType.REMOTE), TRANSFER, List.of(ALIAS), aliasToRemote);
        ResultCode unresolved = validate(state(AccountType.REMOTE), TRANSFER, List.of(ALIAS), new PassThroughResolvers());

        // Assert
        assertEquals(AccountLinkResults.REMOTE_ACCOUNT_PARTICIPANT_NOT_ALLOWED, resolved);
        assertEquals(ResultCodes.SUCCESS, unresolved);
    }
}
