package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.EntityType;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectingRegistrarTest {

    private static TransactionDescriptor<byte[]> tx(int type) {
        return new TransactionDescriptor<>("T", new EntityType(type), 1, 2, true, byte[].class,
                new TestPlugin.RawCodec(), (b, c, s) -> { });
    }

    @Test
    void collectsDeclarationsInOrder() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("transfer");

        // Act
        registrar.config(ConfigSection.of("transfer", p -> p.getLong("maxMessageSize")));
        registrar.transaction(tx(0x4154));
        registrar.results(new TestPlugin.Code(0x54));
        PluginDeclaration declaration = registrar.seal();

        // Assert
        assertEquals(1, declaration.configSections().size());
        assertEquals(1, declaration.transactions().size());
        assertEquals(Set.of(0x54), declaration.facilities());
    }

    @Test
    void refusesTheKernelsCoreFacility() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("thief");

        // Act
        PluginDeclarationException e = assertThrows(PluginDeclarationException.class,
                () -> registrar.results(new TestPlugin.Code(0x43)));

        // Assert
        assertTrue(e.getMessage().contains("Core"), e.getMessage());
    }

    @Test
    void refusesSuccessCodesAndDuplicates() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("p");

        // Act and Assert
        assertThrows(PluginDeclarationException.class, () -> registrar.results(ResultCodes.SUCCESS));
        assertThrows(PluginDeclarationException.class,
                () -> registrar.results(new TestPlugin.Code(0x70), new TestPlugin.Code(0x70)));
    }

    @Test
    void refusesTheSameTypeTwice() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("p");
        registrar.transaction(tx(0x4154));

        // Act and Assert
        assertThrows(PluginDeclarationException.class, () -> registrar.transaction(tx(0x4154)));
    }

    @Test
    void refusesAnotherPluginsConfigSection() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("transfer");

        // Act and Assert
        assertThrows(PluginDeclarationException.class,
                () -> registrar.config(ConfigSection.of("mosaic", p -> p)));
    }

    @Test
    void refusesTheKernelsIndexNamesAndTheSameIndexTwice() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("mosaic");
        registrar.index(new io.sirius.api.state.IndexDescriptor("mosaics_by_owner"));

        // Act and Assert
        assertThrows(PluginDeclarationException.class,
                () -> registrar.index(io.sirius.api.account.AccountStateCache.HOLDERS));
        assertThrows(PluginDeclarationException.class,
                () -> registrar.index(new io.sirius.api.state.IndexDescriptor("mosaics_by_owner")));
        assertEquals(List.of(new io.sirius.api.state.IndexDescriptor("mosaics_by_owner")), registrar.seal().indexes());
    }

    @Test
    void isSealedAfterRegistration() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("p");
        registrar.seal();

        // Act and Assert
        assertThrows(IllegalStateException.class, () -> registrar.transaction(tx(0x4154)));
    }

    @Test
    void neutralCodesAreAccepted() {
        // Arrange
        CollectingRegistrar registrar = new CollectingRegistrar("p");
        ResultCode neutral = new ResultCode() {
            @Override
            public Severity severity() {
                return Severity.NEUTRAL;
            }

            @Override
            public int facility() {
                return 0x70;
            }

            @Override
            public int code() {
                return 2;
            }

            @Override
            public String statusName() {
                return "Neutral_P_Skip";
            }

            @Override
            public String reason() {
                return "skip";
            }
        };

        // Act
        registrar.results(neutral);

        // Assert
        assertEquals(Set.of(0x70), registrar.seal().facilities());
    }
}
