package io.sirius.plugin.accountlink.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountLinkPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new AccountLinkPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheAccountLinkFamily() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.accountlink"), registrar.configNames());
        assertEquals(List.of("Account_Link 0x414C v2..2"), registrar.transactionNames());
        assertEquals(List.of("Failure_AccountLink_Invalid_Action", "Failure_AccountLink_Link_Already_Exists",
                "Failure_AccountLink_Link_Does_Not_Exist", "Failure_AccountLink_Unlink_Data_Inconsistency",
                "Failure_AccountLink_Remote_Account_Ineligible", "Failure_AccountLink_Remote_Account_Signer_Not_Allowed",
                "Failure_AccountLink_Remote_Account_Participant_Not_Allowed"), registrar.resultNames());
        assertEquals(List.of(0x804C00AA, 0x804C00AC, 0x804C00AD, 0x804C00B0, 0x804C00B1, 0x804C00B2, 0x804C00B3),
                registrar.resultValues());
        assertEquals(List.of("AccountLinkActionValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("AccountLinkAvailabilityValidator", "NewRemoteAccountAvailabilityValidator",
                "RemoteSenderValidator", "RemoteInteractionValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("AccountLinkObserver"), registrar.observerNames());
        assertEquals(List.of(), registrar.otherNames());
        assertEquals("accountlink", new AccountLinkPlugin().name());
    }

    @Test
    void declaresAnEmbeddableTypeWithItsCodecHandlerAndJson() {
        // Act
        RecordingRegistrar registrar = registered();
        TransactionDescriptor<?> link = registrar.transactions().get(0);

        // Assert
        assertTrue(link.embeddable());
        assertTrue(link.codec() instanceof AccountLinkTransactionCodec);
        assertTrue(link.handler() instanceof AccountLinkTransactionHandler);
        assertEquals(List.of(AccountLinkTypes.ACCOUNT_LINK), List.copyOf(registrar.transactionJson().keySet()));
        assertTrue(registrar.transactionJson().get(AccountLinkTypes.ACCOUNT_LINK) instanceof AccountLinkTransactionJson);
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(AccountLinkPlugin.class);

        // Assert
        assertEquals(new AccountLinkPlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
