package io.sirius.plugin.transfer.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferPluginTest {

    @Test
    void registersExactlyTheTransferFamily() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new TransferPlugin().register(registrar);

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.transfer"), registrar.configNames());
        assertEquals(List.of("Transfer 0x4154 v3..3"), registrar.transactionNames());
        assertEquals(List.of("Failure_Transfer_Message_Too_Large", "Failure_Transfer_Plugin_Config_Malformed",
                "Failure_Transfer_Out_Of_Order_Mosaics"), registrar.resultNames());
        assertEquals(List.of(0x80540006, 0x80540007, 0x805400C8), registrar.resultValues());
        assertEquals(List.of("TransferMessageValidator", "TransferMosaicsValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of(), registrar.statefulValidatorNames());
        assertEquals(List.of(), registrar.observerNames());
        assertEquals(List.of(), registrar.otherNames());
        assertEquals("transfer", new TransferPlugin().name());
    }
}
